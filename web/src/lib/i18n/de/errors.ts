/**
 * German: error messages: problems from the API and field errors of the story form.
 * Keys: `error.*`.
 */
export const errors = {
  'error.title': 'Bitte geben Sie einen Titel mit 3 bis 120 Zeichen ein.',
  'error.body': 'Bitte erzählen Sie Ihre Geschichte in 20 bis 20.000 Zeichen.',
  'error.body.too_small':
    'Ihre Geschichte ist noch zu kurz: Bitte schreiben Sie mindestens 20 Zeichen.',
  'error.body.too_big':
    'Ihre Geschichte ist zu lang: Bitte kürzen Sie sie auf höchstens 20.000 Zeichen.',
  'error.language': 'Bitte wählen Sie die Sprache Ihrer Geschichte.',
  'error.themes': 'Bitte wählen Sie ein bis drei verschiedene Themen.',
  'error.themes.too_small': 'Bitte wählen Sie mindestens ein Thema.',
  'error.themes.too_big': 'Bitte wählen Sie höchstens drei Themen.',
  'error.contentWarnings': 'Bitte wählen Sie jeden Inhaltshinweis nur einmal.',
  'error.place.name':
    'Bitte nennen Sie den Ort (höchstens 120 Zeichen) – oder lassen Sie alle Ortsfelder leer.',
  'error.place.area': 'Bitte wählen Sie die Stadt oder den Stadtteil noch einmal aus der Liste.',
  'error.place.precision': 'Bitte wählen Sie, wie genau der Ort zu sehen sein soll.',
  'error.period.from': 'Bitte geben Sie als Anfang ein Jahr zwischen 1800 und {year} ein.',
  'error.period.to': 'Bitte geben Sie als Ende ein Jahr zwischen 1800 und {year} ein.',
  'error.period.to.custom':
    'Das Endjahr darf nicht vor dem Anfangsjahr und nicht in der Zukunft liegen.',
  'error.period.label': 'Bitte beschreiben Sie die Zeit in höchstens 60 Zeichen.',
  'error.attribution': 'Bitte wählen Sie, ob wir Ihren Namen nennen sollen.',
  'error.consent.online':
    'Ohne Ihre Zustimmung zur Veröffentlichung auf der Website können wir die Geschichte nicht zeigen.',
  'error.consent.exhibition': 'Bitte entscheiden Sie über die Nutzung in Ausstellungen.',
  'error.consent.research': 'Bitte entscheiden Sie über die Nutzung für die Forschung.',
  'error.consent.license': 'Bitte wählen Sie eine Lizenz.',
  'error.form': 'Die Geschichte konnte so nicht angenommen werden. Bitte prüfen Sie Ihre Angaben.',
  'error.field.generic': 'Bitte prüfen Sie diese Angabe.',
  'error.field.unsafe-characters':
    'In diesem Feld steckt ein unsichtbares Sonderzeichen, etwa eines, das die Schreibrichtung umdreht, meist durch Kopieren aus einem anderen Programm. Bitte löschen Sie den Text in diesem Feld ganz und tippen Sie ihn neu ein.',
  'error.field.invisible-only': 'Dieser Text besteht nur aus unsichtbaren Zeichen.',

  'error.page.heading': 'Etwas ist schiefgegangen',
  'error.generic': 'Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.',
  'error.network':
    'Wir erreichen den Server gerade nicht. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.',
  'error.server': 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es später noch einmal.',
  'error.unauthorized': 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich noch einmal an.',
  'error.forbidden': 'Dafür fehlt Ihrem Konto die Berechtigung.',
  'error.notFound': 'Das haben wir nicht gefunden.',
  'error.conflict': 'Jemand anderes hat das inzwischen geändert. Bitte laden Sie die Seite neu.',
  'error.rateLimited': 'Das waren viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment.',
  'error.rateLimited.wait.one':
    'Sie haben das Limit für diese Stunde erreicht. Bitte versuchen Sie es in {count} Minute noch einmal.',
  'error.rateLimited.wait.other':
    'Sie haben das Limit für diese Stunde erreicht. Bitte versuchen Sie es in {count} Minuten noch einmal.',
};
