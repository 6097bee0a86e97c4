/**
 * "Meine Daten herunterladen" (DESIGN §7, Art. 15 und 20 DSGVO): der Download unter "Meine Daten".
 * Keys: `dataExport.*`.
 */
export const dataExport = {
  'dataExport.heading': 'Meine Daten herunterladen',
  'dataExport.intro':
    'Sie bekommen eine Datei mit allem, was Ruhr Stories über Sie speichert (Auskunft nach Art. 15 DSGVO):',
  'dataExport.contains.account': 'Ihr Konto: E-Mail-Adresse, ob sie bestätigt ist, und Ihre Rollen',
  'dataExport.contains.profile': 'Ihr Profil: Name, Sprache und E-Mail-Benachrichtigungen',
  'dataExport.contains.stories':
    'alle Ihre Geschichten, in jedem Stand, mit dem genauen Ort, Ihren Einwilligungen, der Lizenz und den Entscheidungen der Moderation',
  'dataExport.contains.comments': 'alle Ihre Kommentare und Antworten, auch nicht veröffentlichte',
  'dataExport.contains.supports': 'die Geschichten, die Sie unterstützen',
  'dataExport.contains.reports': 'Ihre Meldungen: was, warum und wann',
  'dataExport.contains.consents':
    'alle Einwilligungen, die Sie gegeben, zurückgezogen und wieder gegeben haben',
  'dataExport.contains.notices': 'Entscheidungen, die Sie noch nicht gesehen haben',
  'dataExport.format':
    'Die Datei ist im Format JSON. Sie können sie mit jedem Texteditor öffnen und bei einem anderen Dienst wieder einlesen (Recht auf Datenübertragbarkeit, Art. 20 DSGVO). Fotos und Tonaufnahmen gibt es bei Ruhr Stories noch nicht, deshalb enthält sie keine.',
  'dataExport.button': 'Meine Daten herunterladen (JSON)',
  'dataExport.busy': 'Die Datei wird zusammengestellt …',
  'dataExport.done': 'Ihre Daten sind fertig: Die Datei „{file}“ wird gespeichert.',
  'dataExport.limit.one':
    'Sie haben Ihre Daten in dieser Stunde schon oft heruntergeladen. Bitte versuchen Sie es in {count} Minute noch einmal.',
  'dataExport.limit.other':
    'Sie haben Ihre Daten in dieser Stunde schon oft heruntergeladen. Bitte versuchen Sie es in {count} Minuten noch einmal.',
};
