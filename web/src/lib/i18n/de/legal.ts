/**
 * German: the legal pages around the site (Impressum, Datenschutz, Barrierefreiheit, Bedingungen,
 * Leichte Sprache) – their titles and the footer's links; the long texts are content modules in
 * `$lib/legal/`. Also the feedback form on barriers and the curators' list of it.
 * Keys: `legal.*`, `error.feedback.*`.
 */
export const legal = {
  'legal.nav.label': 'Rechtliches und Hilfe',
  'legal.imprint': 'Impressum',
  'legal.privacy': 'Datenschutz',
  'legal.accessibility': 'Barrierefreiheit',
  'legal.terms': 'Bedingungen für Beiträge',
  'legal.easyRead': 'Leichte Sprache',
  'legal.toFill': 'Vom Museum einzutragen: {what}',
  'legal.loading': 'Der Text wird geladen …',
  'legal.failed': 'Der Text konnte nicht geladen werden.',
  'legal.revised': 'Stand: {date}',
  'legal.contents': 'Inhalt',

  'legal.feedback.heading': 'Eine Barriere melden',
  'legal.feedback.intro':
    'Ist Ihnen auf dieser Website etwas aufgefallen, das Sie nicht oder nur schwer nutzen können? Schreiben Sie es uns. Eine Anmeldung ist nicht nötig.',
  'legal.feedback.page': 'Wo ist die Barriere?',
  'legal.feedback.page.hint':
    'Die Adresse der Seite oder eine Beschreibung, zum Beispiel „Formular Geschichte teilen, Schritt 3“.',
  'legal.feedback.description': 'Was ist die Barriere?',
  'legal.feedback.description.hint':
    'Beschreiben Sie, was nicht funktioniert und womit Sie die Seite nutzen (zum Beispiel Bildschirmleser, Vergrößerung, nur Tastatur). 10 bis 4.000 Zeichen.',
  'legal.feedback.contact': 'Wie können wir Sie erreichen?',
  'legal.feedback.contact.hint':
    'E-Mail-Adresse oder Telefonnummer. Wir fragen danach, damit wir Ihnen antworten oder nachfragen können; wir nutzen die Angabe nur dafür und löschen sie spätestens nach einem Jahr. Ohne Angabe bleibt Ihre Rückmeldung anonym.',
  'legal.feedback.send': 'Rückmeldung senden',
  'legal.feedback.sending': 'Wird gesendet …',
  'legal.feedback.sent.heading': 'Danke, die Rückmeldung ist beim Museum angekommen.',
  'legal.feedback.sent.text':
    'Wir sehen sie uns an und versuchen, die Barriere zu beseitigen. Wenn Sie eine Kontaktmöglichkeit angegeben haben, melden wir uns bei Ihnen.',
  'legal.feedback.again': 'Noch eine Rückmeldung schreiben',
  'error.feedback.description': 'Bitte beschreiben Sie die Barriere in 10 bis 4.000 Zeichen.',
  'error.feedback.description.too_small':
    'Bitte beschreiben Sie die Barriere etwas genauer (mindestens 10 Zeichen).',
  'error.feedback.description.too_big': 'Die Beschreibung ist zu lang: höchstens 4.000 Zeichen.',
  'error.feedback.page': 'Bitte geben Sie den Ort in höchstens 300 Zeichen an.',
  'error.feedback.contact': 'Bitte geben Sie die Kontaktmöglichkeit in höchstens 200 Zeichen an.',

  'legal.curation.heading': 'Rückmeldungen zur Barrierefreiheit',
  'legal.curation.lead':
    'Was Besucherinnen und Besucher über das Formular der Erklärung zur Barrierefreiheit melden, neueste zuerst. Kontaktangaben sind personenbezogene Daten: nur zum Antworten nutzen; sie werden nach einem Jahr gelöscht.',
  'legal.curation.empty': 'Noch keine Rückmeldungen.',
  'legal.curation.page': 'Ort: {page}',
  'legal.curation.noPage': 'Ort nicht angegeben',
  'legal.curation.contact': 'Kontakt: {contact}',
  'legal.curation.more': 'Ältere Rückmeldungen laden',
  'legal.curation.loaded.one': 'Eine weitere Rückmeldung geladen.',
  'legal.curation.loaded.other': '{count} weitere Rückmeldungen geladen.',
};
