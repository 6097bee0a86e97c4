/**
 * German: short links `/s/<code>` from kiosk screens and printed labels.
 * Keys: `shortLink.*`.
 */
export const shortLink = {
  'shortLink.pageTitle': 'Kurzadresse',
  'shortLink.loading': 'Die Geschichte wird gesucht …',
  'shortLink.notFound':
    'Zu dieser Kurzadresse gibt es keine Geschichte. Bitte prüfen Sie die sechs Zeichen.',
  'shortLink.several': 'Diese Kurzadresse führt zu mehreren Geschichten:',
  'shortLink.story': 'Geschichte {number}',
};
