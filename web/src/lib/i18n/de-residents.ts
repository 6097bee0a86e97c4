/**
 * German strings of the residents' journey: guided submission, story page (support, comments,
 * reports), feed filters, "my stories" and editing. Merged into `de` in de.ts; en-residents.ts
 * must have the same keys.
 */
export const deResidents = {
  'submit.steps.progress': 'Ihr Fortschritt',
  'submit.steps.counter': 'Schritt {current} von {total}',
  'submit.steps.done': 'erledigt',
  'submit.steps.memory': 'Ihre Erinnerung',
  'submit.steps.topics': 'Themen und Hinweise',
  'submit.steps.whereWhen': 'Ort und Zeit',
  'submit.steps.consent': 'Nennung und Zustimmung',
  'submit.steps.preview': 'Vorschau',
  'submit.steps.next': 'Weiter',
  'submit.steps.back': 'Zurück',

  'submit.prompts.heading': 'Fragen, die beim Erinnern helfen',
  'submit.prompts.where': 'Wo waren Sie? In welcher Straße, auf welcher Zeche, in welcher Küche?',
  'submit.prompts.who': 'Wer war dabei – Familie, Kumpel, Nachbarn?',
  'submit.prompts.sound':
    'Wie hat es geklungen? Die Sirene zum Schichtwechsel, die Förderkörbe, die Stimmen?',
  'submit.prompts.smell':
    'Wie hat es gerochen oder geschmeckt? Nach Kohlenstaub, Waschkaue, Sonntagsbraten?',
  'submit.prompts.after': 'Was haben Sie gefühlt, und was ist danach passiert?',
  'submit.prompts.note':
    'Sie müssen nicht jede Frage beantworten. Schreiben Sie, was Ihnen einfällt.',

  'submit.place.name.hint':
    'Beginnen Sie zu tippen, um Orte aus dem Ruhrgebiet vorgeschlagen zu bekommen. Jeder andere Ortsname geht auch.',
  'submit.place.fromGazetteer':
    'Koordinaten für „{place}“ aus unserem Ortsverzeichnis übernommen: {lat} / {lng}.',
  'submit.place.withoutCoordinates':
    'Diesen Ort kennt unser Verzeichnis nicht. Das ist in Ordnung: Er erscheint dann ohne Koordinaten.',
  'submit.place.precision.hint':
    'Sie und das Moderationsteam sehen den Ort immer genau. Hier entscheiden Sie, was alle anderen sehen.',
  'submit.place.public': 'Öffentlich zu sehen: „{place}“.',
  'submit.place.public.none':
    'Öffentlich ist kein Ortsname zu sehen, nur die ungefähre Lage. Nennen Sie einen Stadtteil oder eine Stadt aus dem Ruhrgebiet, wenn er erscheinen soll.',
  'submit.place.public.hidden': 'Der Ort ist öffentlich nicht zu sehen.',

  'submit.consent.online.explanation':
    'Nach der Prüfung kann jede und jeder die Geschichte auf dieser Website lesen, kommentieren und unterstützen.',
  'submit.consent.exhibition.explanation':
    'In den Ausstellungsräumen des Museums, auf Tafeln oder an Medienstationen – mit der Nennung, die Sie oben gewählt haben. Sie können das jederzeit widerrufen; dann nehmen wir sie heraus.',
  'submit.consent.research.explanation':
    'Forschende des Museums dürfen den Text auswerten, zum Beispiel für Studien zur Geschichte des Bergbaus. Auch das können Sie jederzeit widerrufen.',

  'submit.preview.intro':
    'So wird Ihre Geschichte aussehen, wenn das Moderationsteam sie freigegeben hat. Lesen Sie sie in Ruhe noch einmal durch.',
  'submit.preview.label': 'Vorschau',
  'submit.preview.placeHidden':
    'Den Ort „{place}“ sehen nur Sie und das Moderationsteam; öffentlich wird kein Ort gezeigt.',
  'submit.preview.consent': 'Ihre Zustimmung',
  'submit.preview.consent.online': 'Auf dieser Website',
  'submit.preview.consent.exhibition': 'In Ausstellungen des Museums',
  'submit.preview.consent.research': 'Für die Forschung',
  'submit.preview.change': 'Etwas ändern',
  'submit.preview.changeStep': 'Zurück zu „{step}“',
  'submit.preview.changeLater':
    'Solange die Prüfung läuft, können Sie die Geschichte unter „Meine Geschichten“ noch ändern oder zurückziehen.',

  'story.warnings.showText': 'Geschichte trotzdem lesen',
  'story.warnings.hideText': 'Text wieder ausblenden',

  'common.close': 'Schließen',
  'error.rateLimited.wait.one':
    'Sie haben das Limit für diese Stunde erreicht. Bitte versuchen Sie es in {count} Minute noch einmal.',
  'error.rateLimited.wait.other':
    'Sie haben das Limit für diese Stunde erreicht. Bitte versuchen Sie es in {count} Minuten noch einmal.',

  'story.edit': 'Geschichte bearbeiten',

  'support.button': 'Unterstützen',
  'support.count.one': '{count} Person unterstützt diese Geschichte',
  'support.count.other': '{count} Personen unterstützen diese Geschichte',
  'support.given': 'Danke! Sie unterstützen diese Geschichte.',
  'support.taken': 'Sie unterstützen diese Geschichte nicht mehr.',
  'support.signIn': 'Melden Sie sich an, um diese Geschichte zu unterstützen.',

  'comments.write': 'Kommentar schreiben',
  'comments.label': 'Ihr Kommentar',
  'comments.send': 'Kommentar senden',
  'comments.sendReply': 'Antwort senden',
  'comments.sending': 'Wird gesendet …',
  'comments.cancel': 'Abbrechen',
  'comments.posted': 'Danke! Ihr Kommentar ist veröffentlicht.',
  'comments.replyPosted': 'Danke! Ihre Antwort ist veröffentlicht.',
  'comments.posted.held':
    'Danke! Jemand aus unserem Moderationsteam sieht sich Ihren Beitrag kurz an, bevor er erscheint. Bis dahin sehen nur Sie ihn.',
  'comments.heldOwn':
    'Nur Sie sehen diesen Beitrag, bis ihn jemand aus dem Moderationsteam angesehen hat.',
  'comments.error.empty': 'Bitte schreiben Sie etwas, bevor Sie senden.',
  'comments.error.tooLong': 'Bitte fassen Sie sich kürzer: höchstens 2.000 Zeichen.',
  'comments.reply': 'Antworten',
  'comments.replyTo': 'Antworten auf den Kommentar von {name}',
  'comments.replyLabel': 'Ihre Antwort an {name}',
  'comments.report': 'Melden',
  'comments.reportWhose': 'Melden: Kommentar von {name}',
  'comments.showReplies': 'Antworten anzeigen ({count})',
  'comments.hideReplies': 'Antworten ausblenden',
  'comments.moreReplies': 'Weitere Antworten laden',
  'comments.more': 'Weitere Kommentare laden',
  'comments.loading': 'Kommentare werden geladen …',
  'comments.loaded.one': '{count} weiterer Kommentar geladen.',
  'comments.loaded.other': '{count} weitere Kommentare geladen.',
  'comments.notYet': 'Kommentieren kann man, sobald die Geschichte veröffentlicht ist.',
  'comments.signedOut': 'Melden Sie sich an, um mitzureden, zu antworten oder etwas zu melden.',

  'report.storyButton': 'Geschichte melden',
  'report.title.story': 'Geschichte melden',
  'report.title.comment': 'Kommentar melden',
  'report.about': 'Sie melden {about}. Das Moderationsteam sieht sich jede Meldung an.',
  'report.aboutStory': 'die Geschichte „{title}“',
  'report.aboutComment': 'den Kommentar von {name}',
  'report.reason': 'Was stimmt nicht?',
  'report.reason.spam': 'Werbung oder Spam',
  'report.reason.spam.explanation': 'Reklame, Links zu Angeboten, immer wieder derselbe Text.',
  'report.reason.offensive': 'Beleidigend oder verletzend',
  'report.reason.offensive.explanation': 'Beschimpfungen, Hetze, Herabsetzung von Menschen.',
  'report.reason.personal-data': 'Persönliche Daten',
  'report.reason.personal-data.explanation':
    'Adressen, Telefonnummern oder private Dinge über Menschen, die nicht zugestimmt haben.',
  'report.reason.off-topic': 'Gehört nicht hierher',
  'report.reason.off-topic.explanation':
    'Hat nichts mit der Geschichte oder dem Ruhrgebiet zu tun.',
  'report.reason.other': 'Etwas anderes',
  'report.reason.other.explanation': 'Beschreiben Sie es bitte kurz unten.',
  'report.reason.required': 'Bitte wählen Sie einen Grund.',
  'report.note': 'Was sollen wir noch wissen?',
  'report.note.hint': 'Höchstens 500 Zeichen.',
  'report.note.tooLong': 'Bitte fassen Sie sich kürzer: höchstens 500 Zeichen.',
  'report.send': 'Meldung senden',
  'report.sending': 'Wird gesendet …',
  'report.cancel': 'Abbrechen',
  'report.thanks': 'Danke für Ihre Meldung.',
  'report.already': 'Das haben Sie bereits gemeldet. Ihre Meldung liegt dem Moderationsteam vor.',
  'report.next':
    'Jemand aus dem Moderationsteam sieht sich das an. Melden mehrere Menschen denselben Beitrag, wird er bis zur Entscheidung ausgeblendet.',
  'feed.filters': 'Geschichten filtern',
  'feed.filter.allThemes': 'Alle Themen',
  'feed.filter.decade': 'Jahrzehnt',
  'feed.filter.allDecades': 'Alle Jahrzehnte',
  'feed.filter.decadeValue': '{decade}er',
  'feed.filter.allLanguages': 'Alle Sprachen',
  'feed.filter.apply': 'Anzeigen',
  'feed.filter.reset': 'Alle Filter zurücksetzen',
  'feed.sort': 'Reihenfolge',
  'feed.sort.new': 'Neueste zuerst',
  'feed.sort.top': 'Meistunterstützte zuerst',
  'feed.heading.top': 'Meistunterstützte Geschichten',
  'feed.shown.one': '{count} Geschichte wird angezeigt.',
  'feed.shown.other': '{count} Geschichten werden angezeigt.',
  'feed.empty.filtered': 'Zu dieser Auswahl gibt es noch keine Geschichte.',

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

  'edit.heading': 'Geschichte bearbeiten',
  'edit.back': 'Zu „Meine Geschichten“',
  'edit.intro.pending':
    'Ihre Geschichte wartet noch auf die Prüfung. Was Sie hier ändern, liest das Moderationsteam.',
  'edit.intro.changes':
    'Das Moderationsteam bittet Sie um eine Änderung. Wenn Sie speichern, wird die Geschichte erneut geprüft.',
  'edit.notEditable':
    '„{title}“ ist schon geprüft und kann nicht mehr geändert werden. Zurückziehen können Sie sie unter „Meine Geschichten“.',
  'edit.save': 'Änderungen einreichen',
  'edit.cancel': 'Abbrechen',
  'edit.stale':
    'Das Moderationsteam hat inzwischen entschieden; die Geschichte kann nicht mehr geändert werden. Unter „Meine Geschichten“ sehen Sie den neuen Stand.',
  'edit.done.heading': 'Gespeichert',
  'edit.done.text': '„{title}“ wartet jetzt wieder auf die Prüfung durch das Moderationsteam.',
  'edit.done.view': 'Geschichte ansehen',
};
