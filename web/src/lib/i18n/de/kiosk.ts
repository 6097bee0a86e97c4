/**
 * German: the in-gallery kiosk of an exhibition.
 * Keys: `kiosk.*`.
 */
export const kiosk = {
  'kiosk.pageTitle': '{title} – Ausstellung',
  'kiosk.museum': 'Deutsches Bergbau-Museum Bochum · Ruhr Stories',
  'kiosk.loading': 'Die Ausstellung wird geladen …',
  'kiosk.backSoon.heading': 'Bald geht es weiter',
  'kiosk.backSoon.text': 'Die Geschichten dieser Ausstellung sind bald wieder hier zu sehen.',
  'kiosk.gone': 'Diese Ausstellung ist gerade nicht zu sehen.',
  'kiosk.storyCount.one': 'Ausstellung mit {count} Geschichte',
  'kiosk.storyCount.other': 'Ausstellung mit {count} Geschichten',
  'kiosk.how': 'Wischen oder auf „Weiter“ tippen, um die Geschichten zu lesen.',
  'kiosk.position': 'Geschichte {number} von {count}',
  'kiosk.read': 'Geschichte lesen',
  'kiosk.qr.story': 'Mit dem Handy weiterlesen und mitdiskutieren',
  'kiosk.qr.exhibition': 'Die Ausstellung auf dem Handy ansehen',
  'kiosk.controls': 'Durch die Ausstellung blättern',
  'kiosk.previous': 'Zurück',
  'kiosk.next': 'Weiter',
  'kiosk.pause': 'Anhalten',
  'kiosk.resume': 'Automatisch weiter',
  'kiosk.introLabel': 'Zur Einführung',
  'kiosk.storyLabel': 'Geschichte {number}: {title}',
};
