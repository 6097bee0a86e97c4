/**
 * "Meine Daten" (DESIGN §7): the page's frame. Its sections have their own parts: the consent
 * ledger (`consents.*`), the download (`dataExport.*`) and the erasure (`erasure.*`).
 */
export const myData = {
  'myData.heading': 'Meine Daten',
  'myData.intro':
    'Hier sehen Sie, was Ruhr Stories über Sie speichert. Sie können alles herunterladen und Ihr Konto löschen.',
  'myData.signedOut': 'Melden Sie sich an, um Ihre Daten zu sehen.',
  'myData.back': 'Zurück zu „Mein Konto“',
  'myData.contents': 'Auf dieser Seite',
  'myData.link': 'Meine Daten: Einwilligungen, Download und Löschen',
};
