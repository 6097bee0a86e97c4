/**
 * German: labels of the shared vocabularies (themes, languages, licences, place precisions, content
 * warnings, story statuses, decisions).
 * Keys: `theme.*`, `language.*`, `license.*`, `precision.*`, `warning.*`, `status.*`, `decision.*`.
 */
export const vocabulary = {
  'theme.beginnings': 'Anfänge',
  'theme.colliery': 'Auf der Zeche',
  'theme.everyday-life': 'Alltag',
  'theme.migration': 'Migration',
  'theme.community': 'Nachbarschaft und Gemeinschaft',
  'theme.structural-change': 'Strukturwandel',
  'theme.remembrance': 'Erinnern',

  'language.de': 'Deutsch',
  'language.en': 'Englisch',
  'language.tr': 'Türkisch',
  'language.pl': 'Polnisch',
  'language.it': 'Italienisch',
  'language.el': 'Griechisch',
  'language.ko': 'Koreanisch',
  'language.other': 'Eine andere Sprache',

  'license.CC-BY-4.0': 'CC BY 4.0 – mit Namensnennung',
  'license.CC-BY-4.0.explanation':
    'Alle dürfen die Geschichte teilen und weiterverwenden, auch bearbeitet, wenn sie die Quelle nennen.',
  'license.CC-BY-SA-4.0': 'CC BY-SA 4.0 – Namensnennung, Weitergabe unter gleichen Bedingungen',
  'license.CC-BY-SA-4.0.explanation':
    'Wie CC BY, aber wer die Geschichte bearbeitet, muss das Ergebnis ebenso frei weitergeben.',
  'license.CC0-1.0': 'CC0 – ohne Bedingungen',
  'license.CC0-1.0.explanation':
    'Ohne Vorbehalt gemeinfrei: Alle dürfen die Geschichte frei nutzen, auch ohne Quellenangabe.',
  'license.all-rights-reserved': 'Alle Rechte vorbehalten',
  'license.all-rights-reserved.explanation':
    'Nur das Museum darf die Geschichte zeigen, im Rahmen der erteilten Zustimmung. Wer sie anders nutzen will, muss fragen.',

  'precision.exact': 'Genau',
  'precision.exact.explanation': 'Der Ort wird genau so gezeigt, wie Sie ihn angeben.',
  'precision.neighbourhood': 'Stadtteil',
  'precision.neighbourhood.explanation':
    'Öffentlich auf etwa einen Kilometer gerundet: Man sieht das Viertel, nicht das Haus.',
  'precision.city': 'Stadt',
  'precision.city.explanation':
    'Öffentlich auf etwa zehn Kilometer gerundet: Man sieht nur die Stadt.',
  'precision.hidden': 'Nicht anzeigen',
  'precision.hidden.explanation':
    'Der Ort bleibt öffentlich unsichtbar. Nur Sie und das Moderationsteam sehen ihn.',

  'warning.accident': 'Unglück oder Unfall',
  'warning.death': 'Tod',
  'warning.violence': 'Gewalt',
  'warning.discrimination': 'Diskriminierung',
  // The same inside a sentence ("erzählt von: Unglück oder Unfall und Tod").
  'warning.accident.inText': 'Unglück oder Unfall',
  'warning.death.inText': 'Tod',
  'warning.violence.inText': 'Gewalt',
  'warning.discrimination.inText': 'Diskriminierung',

  'status.pending': 'Wird geprüft',
  'status.published': 'Veröffentlicht',
  'status.rejected': 'Abgelehnt',
  'status.changes-requested': 'Änderung erbeten',
  'status.hidden': 'Ausgeblendet',
  'status.withdrawn': 'Zurückgezogen',

  'decision.approve': 'freigegeben',
  'decision.reject': 'abgelehnt',
  'decision.request-changes': 'Änderung erbeten',
  'decision.hide': 'ausgeblendet',
  'decision.restore': 'wieder eingeblendet',
  // Not a decision, but a moderator's entry in the log (DESIGN §9).
  'decision.transcript-edited': 'Transkript bearbeitet',
};
