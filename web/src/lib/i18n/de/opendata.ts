/**
 * Öffentliche Statistik und Forschungsdaten (DESIGN §10). Keys: `stats.*`, `research.*`.
 */
export const opendata = {
  'stats.heading': 'Statistik',
  'stats.lead':
    'Was auf Ruhr Stories erzählt wird, in Zahlen. Jede Zahl unter {threshold} bleibt ungezeigt, damit niemand aus einer kleinen Gruppe erkennbar wird.',
  'stats.footer': 'Statistik',
  'stats.byTheme': 'Veröffentlichte Geschichten nach Thema',
  'stats.byDecade': 'Veröffentlichte Geschichten nach Jahrzehnt',
  'stats.byLanguage': 'Veröffentlichte Geschichten nach Sprache',
  'stats.byCity': 'Veröffentlichte Geschichten nach Stadt',
  'stats.submissionsByMonth': 'Eingesandte Geschichten pro Monat',
  'stats.commentsByMonth': 'Kommentare pro Monat',
  'stats.moderation': 'Zeit bis zur Entscheidung der Moderation',
  'stats.moderation.median': 'Die Hälfte der Entscheidungen fiel innerhalb von {hours} Stunden.',
  'stats.moderation.medianLong': 'Die Hälfte der Entscheidungen dauerte länger als zwei Wochen.',
  'stats.moderation.few': 'Noch zu wenige Entscheidungen für eine Aussage.',
  'stats.bucket': 'bis {hours} Std.',
  'stats.bucket.more': 'länger',
  'stats.column.key': 'Wert',
  'stats.column.count': 'Anzahl',
  'stats.hidden': 'weniger als {threshold}',
  'stats.empty': 'Noch keine Zahlen.',
  'stats.chart': 'Balkendiagramm: {title}. Die Zahlen stehen in der Tabelle daneben.',
  'stats.decade': '{decade}er',
  'research.heading': 'Forschungsdaten',
  'research.lead':
    'Veröffentlichte Geschichten, deren Autorinnen und Autoren der Nutzung für die Forschung zugestimmt haben: ohne Namen, mit dem Ort nur so genau, wie er öffentlich ist.',
  'research.refusal':
    'Diese Seite ist für Forscherinnen und Forscher. Wenn Sie mit den Geschichten forschen möchten, schreiben Sie dem Museum; es richtet Ihnen den Zugang ein.',
  'research.refusal.link': 'Zur öffentlichen Statistik',
  'research.signedOut':
    'Melden Sie sich als Forscherin oder Forscher an, um die Daten herunterzuladen.',
  'research.today': 'Stand: {date}',
  'research.count.one': '{count} Geschichte',
  'research.count.other': '{count} Geschichten',
  'research.download.jsonl': 'Herunterladen als JSON Lines',
  'research.download.csv': 'Herunterladen als CSV',
  'research.downloading': 'Die Daten werden geladen …',
  'research.downloaded': 'Die Datei {file} ist gespeichert.',
  'research.withdrawal':
    'Zustimmungen können widerrufen werden: Laden Sie die Daten vor jeder Auswertung neu, dann fehlen widerrufene Geschichten.',
  'research.dictionary': 'Datenwörterbuch',
  'research.dictionary.download': 'Datenwörterbuch herunterladen (JSON)',
  'research.column.name': 'Feld',
  'research.column.type': 'Typ',
  'research.column.description': 'Bedeutung',
  'research.license': 'Lizenz',
};
