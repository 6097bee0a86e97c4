/**
 * English: short links `/s/<code>` from kiosk screens and printed labels.
 * Keys: `shortLink.*`.
 */
export const shortLink = {
  'shortLink.pageTitle': 'Short link',
  'shortLink.loading': 'Looking for the story …',
  'shortLink.notFound': 'There is no story with this short link. Please check the six characters.',
  'shortLink.several': 'This short link leads to several stories:',
  'shortLink.story': 'Story {number}',
};
