import { EARLIEST_YEAR, FEED_SORTS, LANGUAGES, THEMES } from '$shared';
import type { FeedFilters } from '$lib/api/stories';

/** The decades offered in the feed's filter, from the 1850s to the current one, newest first. */
export function decades(now = new Date()): number[] {
  const latest = Math.floor(now.getFullYear() / 10) * 10;
  const list: number[] = [];
  for (let decade = latest; decade >= 1850; decade -= 10) list.push(decade);
  return list;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((candidate) => candidate === value);

/**
 * The feed's filters from the page's query string. Unknown or malformed values are dropped
 * rather than sent: a hand-edited link should show stories, not an error.
 */
export function readFilters(params: URLSearchParams): FeedFilters {
  const filters: FeedFilters = {};
  const sort = oneOf(FEED_SORTS, params.get('sort'));
  const theme = oneOf(THEMES, params.get('theme'));
  const language = oneOf(LANGUAGES, params.get('language'));
  const decade = Number(params.get('decade') ?? '');
  if (sort && sort !== 'new') filters.sort = sort;
  if (theme) filters.theme = theme;
  if (Number.isInteger(decade) && decade >= EARLIEST_YEAR && decade % 10 === 0) {
    filters.decade = decade;
  }
  if (language) filters.language = language;
  return filters;
}

/** The query string for filters (`?theme=migration&sort=top`), empty for the plain feed. */
export function filtersToSearch(filters: FeedFilters): string {
  const params = new URLSearchParams();
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.decade) params.set('decade', String(filters.decade));
  if (filters.language) params.set('language', filters.language);
  if (filters.sort && filters.sort !== 'new') params.set('sort', filters.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether any filter narrows the feed (the sort alone does not). */
export const isFiltered = (filters: FeedFilters): boolean =>
  Boolean(filters.theme || filters.decade || filters.language);
