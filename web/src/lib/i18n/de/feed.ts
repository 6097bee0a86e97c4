/**
 * German: the public lists of stories: the feed with its filters, the museum’s picks, the most
 * supported.
 * Keys: `feed.*`, `picks.*`, `mostSupported.*`.
 */
export const feed = {
  'feed.loading': 'Geschichten werden geladen …',
  'feed.loadMore': 'Weitere Geschichten laden',
  'feed.loaded.one': '{count} weitere Geschichte geladen.',
  'feed.loaded.other': '{count} weitere Geschichten geladen.',
  'feed.filters': 'Geschichten filtern',
  'feed.filter.allThemes': 'Alle Themen',
  'feed.filter.decade': 'Jahrzehnt',
  'feed.filter.allDecades': 'Alle Jahrzehnte',
  'feed.filter.decadeValue': '{decade}er',
  'feed.filter.allLanguages': 'Alle Sprachen',
  'feed.filter.apply': 'Anzeigen',
  'feed.filter.reset': 'Alle Filter zurücksetzen',
  'feed.sort': 'Reihenfolge',
  'feed.sort.new': 'Neueste zuerst',
  'feed.sort.top': 'Meistunterstützte zuerst',
  'feed.heading.top': 'Meistunterstützte Geschichten',
  'feed.shown.one': '{count} Geschichte wird angezeigt.',
  'feed.shown.other': '{count} Geschichten werden angezeigt.',
  'feed.empty.filtered': 'Zu dieser Auswahl gibt es noch keine Geschichte.',

  'picks.kicker': 'Deutsches Bergbau-Museum Bochum',
  'picks.heading': 'Ausgewählt vom Museum',
  'picks.intro':
    'Diese Geschichten haben unsere Kuratorinnen und Kuratoren ausgewählt – unabhängig davon, wie viele Stimmen sie bekommen haben.',
  'picks.loading': 'Die Auswahl des Museums wird geladen …',
  'picks.noteBy': 'Anmerkung des Museums',
  'picks.exhibitionsLink': 'Zu den Ausstellungen des Museums',

  'mostSupported.heading': 'Am meisten unterstützt',
  'mostSupported.hint':
    'Nach den Stimmen der Leserinnen und Leser. Die Stimmen entscheiden nicht, was das Museum auswählt.',
};
