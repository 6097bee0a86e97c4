import type { notifications as de } from '../de/notifications';

/**
 * English: the museum's answers — badges on comments, the notifications page and its count, the
 * e-mail choice. The type demands every German key of this part, and no other.
 */
export const notifications: Record<keyof typeof de, string> = {
  'badge.museum': 'Deutsches Bergbau-Museum',
  'badge.author': 'Author',

  'notifications.heading': 'Notifications',
  'notifications.intro':
    'Here you see when the Deutsches Bergbau-Museum answered on your stories, newest first.',
  'notifications.empty': 'No notifications yet.',
  'notifications.signedOut': 'Sign in to see your notifications.',
  'notifications.museumAnswer': 'The museum answered on your story “{title}”.',
  'notifications.open': 'Read the answer',
  'notifications.openLabel': 'Read the answer on “{title}”',
  'notifications.new': 'new',
  'notifications.more': 'Load older ones',
  'notifications.loaded.one': '{count} more notification loaded',
  'notifications.loaded.other': '{count} more notifications loaded',
  'notifications.badge.one': '{count} new notification',
  'notifications.badge.other': '{count} new notifications',

  'account.answers': 'E-mail me when the museum answers on my story',
  'account.answers.hint':
    'We write to you when a curator or a researcher of the museum comments on your story. You see it on the “Notifications” page either way.',
  'account.notifications': 'Go to my notifications',
};
