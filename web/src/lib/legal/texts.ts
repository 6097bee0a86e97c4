import type { Locale } from '$lib/i18n';
import type { LegalText } from './types';

/** The legal pages, by the name of their module. */
export type LegalPageName = 'imprint' | 'privacy' | 'accessibility' | 'terms' | 'easy-read';

type Loader = () => Promise<{ text: LegalText }>;

/*
 * Each text is its own chunk, imported only when its page is shown in its language: none of them
 * weighs on the pages people come for. The import paths are literal so that the bundler sees them.
 */
const LOADERS: Record<LegalPageName, Record<Locale, Loader>> = {
  imprint: { de: () => import('./de/imprint'), en: () => import('./en/imprint') },
  privacy: { de: () => import('./de/privacy'), en: () => import('./en/privacy') },
  accessibility: {
    de: () => import('./de/accessibility'),
    en: () => import('./en/accessibility'),
  },
  terms: { de: () => import('./de/terms'), en: () => import('./en/terms') },
  'easy-read': { de: () => import('./de/easy-read'), en: () => import('./en/easy-read') },
};

export const loadLegalText = async (name: LegalPageName, locale: Locale): Promise<LegalText> =>
  (await LOADERS[name][locale]()).text;
