import type { Theme } from '../../../../shared/vocabulary';

/**
 * The themes' names, as the web app shows them (a test holds them equal to its dictionaries):
 * the sets' names and the records' subjects, in German and English.
 */
export const THEME_NAMES: Record<Theme, { de: string; en: string }> = {
  beginnings: { de: 'Anfänge', en: 'Beginnings' },
  colliery: { de: 'Auf der Zeche', en: 'At the colliery' },
  'everyday-life': { de: 'Alltag', en: 'Everyday life' },
  migration: { de: 'Migration', en: 'Migration' },
  community: { de: 'Nachbarschaft und Gemeinschaft', en: 'Neighbours and community' },
  'structural-change': { de: 'Strukturwandel', en: 'Structural change' },
  remembrance: { de: 'Erinnern', en: 'Remembrance' },
};
