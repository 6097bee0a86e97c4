/**
 * German: the museum's answers — the badges on comments, the person's notifications page and
 * its count in the header, and the e-mail choice on "Mein Konto".
 * Keys: `badge.*`, `notifications.*`, `account.answers*`, `account.notifications`.
 */
export const notifications = {
  'badge.museum': 'Deutsches Bergbau-Museum',
  'badge.author': 'Autorin/Autor',

  'notifications.heading': 'Benachrichtigungen',
  'notifications.intro':
    'Hier sehen Sie, wann das Deutsche Bergbau-Museum auf Ihre Geschichten geantwortet hat, die neueste zuerst.',
  'notifications.empty': 'Noch keine Benachrichtigungen.',
  'notifications.signedOut': 'Melden Sie sich an, um Ihre Benachrichtigungen zu sehen.',
  'notifications.museumAnswer': 'Das Museum hat auf Ihre Geschichte „{title}“ geantwortet.',
  'notifications.open': 'Zur Antwort',
  'notifications.openLabel': 'Zur Antwort auf „{title}“',
  'notifications.new': 'neu',
  'notifications.more': 'Ältere laden',
  'notifications.loaded.one': '{count} weitere Benachrichtigung geladen',
  'notifications.loaded.other': '{count} weitere Benachrichtigungen geladen',
  'notifications.badge.one': '{count} neue Benachrichtigung',
  'notifications.badge.other': '{count} neue Benachrichtigungen',

  'account.answers': 'E-Mail, wenn das Museum auf meine Geschichte antwortet',
  'account.answers.hint':
    'Wir schreiben Ihnen, wenn eine Kuratorin, ein Kurator oder jemand aus der Forschung des Museums Ihre Geschichte kommentiert. Auf der Seite „Benachrichtigungen“ sehen Sie es in jedem Fall.',
  'account.notifications': 'Zu meinen Benachrichtigungen',
};
