/**
 * German: the curators’ workspace: picks, exhibitions and their items, exports.
 * Keys: `curation.*`.
 */
export const curation = {
  'curation.heading': 'Kuratieren',
  'curation.lead':
    'Hier wählen Sie Geschichten für die Startseite aus und stellen Ausstellungen zusammen – online, für den Katalog und für die Bildschirme im Museum.',
  'curation.signedOut':
    'Melden Sie sich als Kuratorin oder Kurator an, um Ausstellungen zu bearbeiten.',
  'curation.refusal':
    'Dieser Bereich ist für die Kuratorinnen und Kuratoren des Museums. Ihr Konto hat dafür keine Berechtigung – die Ausstellungen können Sie sich aber gern ansehen.',
  'curation.refusal.link': 'Zu den Ausstellungen',
  'curation.cancel': 'Abbrechen',
  'curation.saved': 'Gespeichert.',
  'curation.newTab': '(öffnet in einem neuen Tab)',
  'curation.status.draft': 'Entwurf',
  'curation.status.published': 'Veröffentlicht',
  'curation.field.german': 'Deutsch',
  'curation.field.english': 'Englisch',
  'curation.field.title': 'Titel',
  'curation.field.intro': 'Einführung',
  'curation.field.intro.hint': 'Ein paar Absätze; eine Leerzeile trennt Absätze.',
  'curation.field.venue': 'Ort',
  'curation.field.venue.hint': 'Zum Beispiel: Deutsches Bergbau-Museum Bochum, Foyer.',
  'curation.field.opensAt': 'Eröffnung',
  'curation.field.closesAt': 'Ende',
  'curation.error.title': 'Bitte geben Sie einen deutschen Titel ein.',
  'curation.error.intro': 'Bitte schreiben Sie eine deutsche Einführung.',
  'curation.error.dates': 'Das Ende liegt vor der Eröffnung.',
  'curation.error.germanFirst': 'Bitte schreiben Sie zuerst den deutschen Text.',

  'curation.notices.heading': 'Zurückgezogene Zustimmungen',
  'curation.notices.empty': 'Keine Mitteilungen.',
  'curation.notices.withdrawn':
    'Die Erzählerin oder der Erzähler von „{title}“ hat die Zustimmung zu Ausstellungen zurückgezogen.',
  'curation.notices.removedFrom': 'Die Geschichte wurde aus diesen Ausstellungen genommen: {list}.',

  'curation.exhibitions.heading': 'Ausstellungen',
  'curation.exhibitions.empty': 'Noch gibt es keine Ausstellung.',
  'curation.exhibitions.new': 'Neue Ausstellung',
  'curation.exhibitions.create': 'Ausstellung anlegen',

  'curation.picks.heading': 'Auswahl für die Startseite',
  'curation.picks.lead':
    'Die Auswahl des Museums steht auf der Startseite getrennt von den Stimmen der Leserinnen und Leser.',
  'curation.picks.empty': 'Noch ist keine Geschichte ausgewählt.',
  'curation.picks.note': 'Anmerkung des Museums',
  'curation.picks.note.hint': 'Warum diese Geschichte? Ein oder zwei Sätze.',
  'curation.picks.pick': 'Auswählen',
  'curation.picks.pickWithNote': 'Auswählen …',
  'curation.picks.isPicked': 'Ausgewählt',
  'curation.picks.editNote': 'Anmerkung ändern',
  'curation.picks.saveNote': 'Anmerkung speichern',
  'curation.picks.unpick': 'Aus der Auswahl nehmen',
  'curation.picks.removed': '„{title}“ ist nicht mehr ausgewählt.',

  'curation.finder.picksHeading': 'Geschichten finden',
  'curation.finder.itemsHeading': 'Geschichten hinzufügen',
  'curation.finder.filters': 'Geschichten filtern',
  'curation.finder.any': 'Alle',
  'curation.finder.decade': 'Jahrzehnt',
  'curation.finder.decadeOption': '{decade}er',
  'curation.finder.sort': 'Reihenfolge',
  'curation.finder.sort.new': 'Neueste zuerst',
  'curation.finder.sort.top': 'Meiste Stimmen zuerst',
  'curation.finder.consented': 'Nur mit Zustimmung zu Ausstellungen',
  'curation.finder.search': 'Suchen',
  'curation.finder.found.one': '{count} Geschichte gefunden.',
  'curation.finder.found.other': '{count} Geschichten gefunden.',
  'curation.finder.checking': 'Die Zustimmungen werden noch geprüft …',
  'curation.finder.consent.yes': 'Zustimmung zu Ausstellungen',
  'curation.finder.consent.no': 'Keine Zustimmung zu Ausstellungen',
  'curation.finder.consent.unknown': 'Zustimmung wird geprüft …',

  'curation.editor.heading': 'Ausstellung bearbeiten',
  'curation.editor.back': 'Zurück zum Kuratieren',
  'curation.editor.actions': 'Veröffentlichen und Ansichten',
  'curation.editor.draftHint': 'Nur Kuratorinnen und Kuratoren sehen diese Ausstellung.',
  'curation.editor.publishedHint':
    'Die Ausstellung ist online und auf den Bildschirmen im Museum zu sehen.',
  'curation.editor.publish': 'Veröffentlichen',
  'curation.editor.unpublish': 'Nicht mehr veröffentlichen',
  'curation.editor.nowPublished': 'Die Ausstellung ist veröffentlicht.',
  'curation.editor.nowDraft': 'Die Ausstellung ist wieder ein Entwurf.',
  'curation.editor.exportJsonld': 'Export als JSON-LD',
  'curation.editor.exportCsv': 'Export als CSV',
  'curation.editor.publicPage': 'Öffentliche Seite',
  'curation.editor.print': 'Katalog zum Ausdrucken',
  'curation.editor.kiosk': 'Vorschau für den Bildschirm im Museum',
  'curation.editor.details': 'Titel, Einführung, Ort und Zeit',
  'curation.editor.save': 'Änderungen speichern',

  'curation.items.heading': 'Die Geschichten in dieser Ausstellung',
  'curation.items.empty': 'Noch keine Geschichten. Fügen Sie unten welche hinzu.',
  'curation.items.up': 'Nach oben',
  'curation.items.down': 'Nach unten',
  'curation.items.remove': 'Entfernen',
  'curation.items.moved': '„{title}“ steht jetzt an Stelle {position}.',
  'curation.items.removed': '„{title}“ ist nicht mehr in der Ausstellung.',
  'curation.items.added': '„{title}“ ist jetzt in der Ausstellung.',
  'curation.items.add': 'Hinzufügen …',
  'curation.items.addConfirm': 'Zur Ausstellung hinzufügen',
  'curation.items.included': 'In dieser Ausstellung',
  'curation.items.caption': 'Begleittext für diese Ausstellung',
  'curation.items.caption.hint':
    'Steht neben der Geschichte, online, im Katalog und am Bildschirm.',
  'curation.items.noConsent':
    'Die Erzählerin oder der Erzähler hat Ausstellungen nicht zugestimmt.',
  'curation.items.conflict':
    'Diese Geschichte kann nicht in die Ausstellung: Sie ist nicht veröffentlicht, oder die Erzählerin oder der Erzähler hat der Nutzung in Ausstellungen nicht zugestimmt.',
  'curation.items.conflict.noConsent':
    'Diese Geschichte kann nicht in die Ausstellung: Die Erzählerin oder der Erzähler hat der Nutzung in Ausstellungen nicht zugestimmt (oder die Zustimmung zurückgezogen).',
  'curation.items.conflict.notPublished':
    'Diese Geschichte kann nicht in die Ausstellung: Sie ist nicht (mehr) veröffentlicht.',
  'curation.items.conflict.already': 'Diese Geschichte ist schon in der Ausstellung.',
  'curation.items.editCaption': 'Begleittext ändern',
  'curation.items.writeCaption': 'Begleittext schreiben',
  'curation.items.saveCaption': 'Begleittext speichern',
  'curation.items.captionSaved': 'Der Begleittext zu „{title}“ ist gespeichert.',
  'curation.unpublish.title': 'Ausstellung nicht mehr veröffentlichen?',
  'curation.unpublish.text':
    '„{title}“ wird wieder ein Entwurf: Sie verschwindet von der öffentlichen Seite und aus der Liste der Ausstellungen.',
  'curation.unpublish.kiosks':
    'Die Bildschirme im Museum, die diese Adresse zeigen, melden dann nach kurzer Zeit, dass die Ausstellung nicht zu sehen ist:',
  'curation.unpublish.draft': 'Sie können die Ausstellung später wieder veröffentlichen.',
  'curation.unpublish.confirm': 'Ja, nicht mehr veröffentlichen',
  'curation.unpublish.keep': 'Nein, veröffentlicht lassen',
};
