import type { kiosk as de } from '../de/kiosk';

/**
 * English: the in-gallery kiosk of an exhibition.
 * The type demands every German key of this part, and no other.
 */
export const kiosk: Record<keyof typeof de, string> = {
  'kiosk.pageTitle': '{title} – exhibition',
  'kiosk.museum': 'Deutsches Bergbau-Museum Bochum · Ruhr Stories',
  'kiosk.loading': 'Loading the exhibition …',
  'kiosk.backSoon.heading': 'Back soon',
  'kiosk.backSoon.text': 'The stories of this exhibition will be back here shortly.',
  'kiosk.gone': 'This exhibition is not on show at the moment.',
  'kiosk.storyCount.one': 'An exhibition of {count} story',
  'kiosk.storyCount.other': 'An exhibition of {count} stories',
  'kiosk.how': 'Swipe or tap “Next” to read the stories.',
  'kiosk.position': 'Story {number} of {count}',
  'kiosk.read': 'Read the story',
  'kiosk.qr.story': 'Read on and join the conversation on your phone',
  'kiosk.qr.exhibition': 'See the exhibition on your phone',
  'kiosk.controls': 'Browse the exhibition',
  'kiosk.previous': 'Previous',
  'kiosk.next': 'Next',
  'kiosk.pause': 'Pause',
  'kiosk.resume': 'Play automatically',
  'kiosk.introLabel': 'To the introduction',
  'kiosk.storyLabel': 'Story {number}: {title}',
};
