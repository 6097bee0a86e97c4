/**
 * German: a person’s own stories: “my stories”, decisions on them, consent after publication.
 * Keys: `me.*`, `decided.*`, `myConsent.*`.
 */
export const me = {
  'me.heading': 'Meine Geschichten',
  'me.intro':
    'Hier sehen Sie alle Geschichten, die Sie eingereicht haben, und wie weit ihre Prüfung ist.',
  'me.empty': 'Sie haben noch keine Geschichte eingereicht.',
  'me.signedOut': 'Melden Sie sich an, um Ihre Geschichten zu sehen.',
  'me.next.pending':
    'Das Moderationsteam liest Ihre Geschichte gerade. Bis zur Entscheidung können Sie sie noch ändern.',
  'me.next.changes-requested':
    'Das Moderationsteam bittet Sie um eine Änderung (siehe Begründung). Bearbeiten Sie die Geschichte und reichen Sie sie erneut ein.',
  'me.next.published': 'Ihre Geschichte ist öffentlich. Sie können sie jederzeit zurückziehen.',
  'me.next.rejected':
    'Diese Geschichte wird nicht veröffentlicht (siehe Begründung). Sie können gern eine überarbeitete Fassung als neue Geschichte einreichen.',
  'me.next.hidden':
    'Die Geschichte ist vorübergehend ausgeblendet, bis das Moderationsteam eine Meldung geprüft hat.',
  'me.next.withdrawn':
    'Sie haben diese Geschichte zurückgezogen. Sie ist nirgends mehr öffentlich zu sehen.',
  'me.edit': 'Bearbeiten',
  'me.editResubmit': 'Bearbeiten und erneut einreichen',
  'me.editLabel': '„{title}“ bearbeiten',
  'me.withdraw': 'Zurückziehen',
  'me.withdrawLabel': '„{title}“ zurückziehen',
  'me.withdraw.title': 'Geschichte zurückziehen?',
  'me.withdraw.text':
    '„{title}“ verschwindet dann von allen öffentlichen Seiten, aus Ausstellungen und von Medienstationen.',
  'me.withdraw.final':
    'Das lässt sich nicht rückgängig machen. Sie können die Geschichte später aber neu einreichen.',
  'me.withdraw.confirm': 'Ja, zurückziehen',
  'me.withdraw.busy': 'Wird zurückgezogen …',
  'me.withdraw.keep': 'Nein, behalten',
  'me.withdrawn': '„{title}“ ist zurückgezogen.',

  'decided.summary': 'Entscheidung der Moderation am {date}: {decision}',
  'decided.reason': 'Begründung:',

  'myConsent.summary': 'Wofür Ihre Geschichte genutzt werden darf',
  'myConsent.use.online': 'Online auf Ruhr Stories',
  'myConsent.use.exhibition': 'In Ausstellungen des Museums',
  'myConsent.use.research': 'Für die Forschung',
  'myConsent.allowed': 'erlaubt',
  'myConsent.notAllowed': 'nicht erlaubt',
  'myConsent.withdraw.online': 'Geschichte zurückziehen',
  'myConsent.withdraw.exhibition': 'Für Ausstellungen zurückziehen',
  'myConsent.withdraw.research': 'Für die Forschung zurückziehen',
  'myConsent.confirm.online':
    'Wollen Sie Ihre Geschichte wirklich zurückziehen? Sie verschwindet dann von der Website, aus allen Ausstellungen und aus der Forschung. Das lässt sich hier nicht rückgängig machen.',
  'myConsent.confirm.exhibition':
    'Wollen Sie die Nutzung in Ausstellungen zurückziehen? Das Museum nimmt die Geschichte sofort aus allen Ausstellungen und von den Bildschirmen im Museum. Online bleibt sie zu lesen.',
  'myConsent.confirm.research':
    'Wollen Sie die Nutzung für die Forschung zurückziehen? Die Geschichte wird dann nicht mehr für Forschungszwecke weitergegeben.',
  'myConsent.confirmButton.online': 'Ja, Geschichte zurückziehen',
  'myConsent.confirmButton.exhibition': 'Ja, für Ausstellungen zurückziehen',
  'myConsent.confirmButton.research': 'Ja, für die Forschung zurückziehen',
  'myConsent.cancel': 'Abbrechen',
  'myConsent.done.online': 'Ihre Geschichte ist zurückgezogen.',
  'myConsent.done.exhibition': 'Ihre Geschichte wird nicht mehr in Ausstellungen gezeigt.',
  'myConsent.done.research': 'Ihre Geschichte wird nicht mehr für die Forschung genutzt.',
  'myConsent.grant.exhibition': 'Für Ausstellungen wieder erlauben',
  'myConsent.grant.research': 'Für die Forschung wieder erlauben',
  'myConsent.granted.exhibition':
    'Das Museum darf Ihre Geschichte wieder in Ausstellungen zeigen. Ob es das tut, entscheidet es neu.',
  'myConsent.granted.research': 'Ihre Geschichte darf wieder für die Forschung genutzt werden.',
};
