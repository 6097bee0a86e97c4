/** "Konto löschen" under "Meine Daten" (DESIGN §7, GDPR Art. 17). */
export const erasure = {
  'erasure.heading': 'Konto löschen',
  'erasure.intro':
    'Sie können Ihr Konto jederzeit löschen. Das lässt sich nicht rückgängig machen: Ihr Konto, Ihr Name, Ihre Einstellungen und Ihre Einwilligungen werden gelöscht, und Sie können sich damit nicht mehr anmelden.',
  'erasure.always':
    'In jedem Fall werden Ihre Unterstützungen („Gefällt mir“) und Ihre Meldungen entfernt. Geschichten, die noch nicht veröffentlicht sind, werden gelöscht.',
  'erasure.choice.legend':
    'Was soll mit Ihren veröffentlichten Geschichten und Kommentaren geschehen?',
  'erasure.choice.delete': 'Alles löschen',
  'erasure.choice.delete.explanation':
    'Ihre Geschichten verschwinden von der Seite, aus den Museumsempfehlungen und aus Ausstellungen, Ihre Kommentare werden gelöscht. Hat jemand auf Ihren Kommentar geantwortet, bleibt an seiner Stelle nur der Hinweis „Kommentar gelöscht“.',
  'erasure.choice.anonymise': 'Anonym stehen lassen',
  'erasure.choice.anonymise.explanation':
    'Ihre veröffentlichten Geschichten und Kommentare bleiben sichtbar, aber ohne Ihren Namen und ohne Verbindung zu Ihnen: dort steht dann „anonym“. Auch Sie können sie danach nicht mehr ändern oder zurückziehen.',
  'erasure.choice.missing': 'Bitte wählen Sie, was mit Ihren Beiträgen geschehen soll.',
  'erasure.start': 'Konto löschen …',
  'erasure.confirm.title': 'Konto wirklich löschen?',
  'erasure.confirm.delete':
    'Ihr Konto und alle Ihre Geschichten und Kommentare werden endgültig gelöscht.',
  'erasure.confirm.anonymise':
    'Ihr Konto wird endgültig gelöscht. Ihre veröffentlichten Geschichten und Kommentare bleiben anonym stehen; alles andere wird gelöscht.',
  'erasure.confirm.final': 'Das lässt sich nicht rückgängig machen.',
  'erasure.confirm.yes': 'Ja, Konto endgültig löschen',
  'erasure.confirm.no': 'Abbrechen',
  'erasure.erasing': 'Konto wird gelöscht …',
  'erasure.staff':
    'Ihr Konto hat eine Rolle im Museumsteam. Bitten Sie eine Administratorin oder einen Administrator, Ihnen die Rollen zu nehmen; melden Sie sich dann neu an und löschen Sie das Konto.',
  'erasure.done.heading': 'Ihr Konto ist gelöscht',
  'erasure.done.body':
    'Ihr Konto und Ihre Daten sind gelöscht, und Sie sind abgemeldet. Vielen Dank, dass Sie bei Ruhr Stories mitgemacht haben.',
  'erasure.done.home': 'Zur Startseite',
  'erasure.deletedAccount': 'gelöschtes Konto',
  'erasure.comment.erased': 'Kommentar gelöscht',
  'erasure.curatorNotice':
    'Die Erzählerin oder der Erzähler von „{title}“ hat das Konto gelöscht und die Geschichte mit ihm.',
} as const;
