import type { Language, Theme } from '../../../shared/vocabulary';

/**
 * Every story has a fixed number of feed slots: one item per slot in its own partition. A slot in
 * use carries one facet (all, a theme, a language, a decade) and puts the story into that facet's
 * feed partition; a vote or comment updates all slots without first reading which are in use, so
 * each of those actions stays one TransactWriteItems (DESIGN §3).
 */
export const FEED_SLOTS = 14;
/** The last slot is the museum's pick: a curator lists it under the picks facet (curation). */
export const PICK_SLOT = FEED_SLOTS - 1;
/** Facets a story can be listed under: all, 3 themes, its language, its decades. */
export const MAX_FACETS = PICK_SLOT;
/** Decades a story is listed under at most (a period spanning more is listed under its first 8). */
export const MAX_DECADES = MAX_FACETS - 5;

export type FeedFilter = { theme?: Theme; decade?: number; language?: Language };

export const facetKey = {
  all: () => 'FEED#ALL',
  theme: (theme: string) => `FEED#THEME#${theme}`,
  language: (language: string) => `FEED#LANG#${language}`,
  decade: (decade: number) => `FEED#DECADE#${decade}`,
  picks: () => 'FEED#PICKS',
};

/** The decades a period touches, e.g. 1958–1973 → [1950, 1960, 1970]. */
export function decadesOf(period: { from?: number; to?: number } | undefined): number[] {
  const from = period?.from ?? period?.to;
  const to = period?.to ?? period?.from;
  if (from === undefined || to === undefined) return [];
  const decades: number[] = [];
  for (let d = Math.floor(from / 10) * 10; d <= to && decades.length < MAX_DECADES; d += 10) {
    decades.push(d);
  }
  return decades;
}

/** The facet partitions a published story is listed in, one per slot (at most MAX_FACETS). */
export function facetsOf(story: {
  themes: readonly string[];
  language: string;
  period?: { from?: number; to?: number };
}): string[] {
  return [
    facetKey.all(),
    ...story.themes.map(facetKey.theme),
    facetKey.language(story.language),
    ...decadesOf(story.period).map(facetKey.decade),
  ];
}

/**
 * Which facet partition serves a filtered feed, and which filters remain for the query's filter
 * expression. The most selective facet goes first: a theme, then a decade, then a language.
 */
export function planFeedQuery(filter: FeedFilter): { facet: string; remaining: FeedFilter } {
  const { theme, decade, language } = filter;
  if (theme) return { facet: facetKey.theme(theme), remaining: { decade, language } };
  if (decade !== undefined) return { facet: facetKey.decade(decade), remaining: { language } };
  if (language) return { facet: facetKey.language(language), remaining: {} };
  return { facet: facetKey.all(), remaining: {} };
}
