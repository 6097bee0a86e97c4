import type { feed as de } from '../de/feed';

/**
 * English: the public lists of stories: the feed with its filters, the museum’s picks, the most
 * supported.
 * The type demands every German key of this part, and no other.
 */
export const feed: Record<keyof typeof de, string> = {
  'feed.loading': 'Loading stories …',
  'feed.loadMore': 'Load more stories',
  'feed.loaded.one': '{count} more story loaded.',
  'feed.loaded.other': '{count} more stories loaded.',
  'feed.filters': 'Filter stories',
  'feed.filter.allThemes': 'All themes',
  'feed.filter.decade': 'Decade',
  'feed.filter.allDecades': 'All decades',
  'feed.filter.decadeValue': '{decade}s',
  'feed.filter.allLanguages': 'All languages',
  'feed.filter.apply': 'Show',
  'feed.filter.reset': 'Reset all filters',
  'feed.sort': 'Order',
  'feed.sort.new': 'Newest first',
  'feed.sort.top': 'Most supported first',
  'feed.heading.top': 'Most supported stories',
  'feed.shown.one': '{count} story shown.',
  'feed.shown.other': '{count} stories shown.',
  'feed.empty.filtered': 'There is no story for this selection yet.',

  'picks.kicker': 'Deutsches Bergbau-Museum Bochum',
  'picks.heading': 'Museum picks',
  'picks.intro':
    'Our curators chose these stories – regardless of how many votes they have received.',
  'picks.loading': 'Loading the museum’s picks …',
  'picks.noteBy': 'Note from the museum',
  'picks.exhibitionsLink': 'See the museum’s exhibitions',

  'mostSupported.heading': 'Most supported',
  'mostSupported.hint': 'By readers’ votes. Votes do not decide what the museum picks.',
};
