import { describe, expect, it } from 'vitest';
import { decades, filtersToSearch, isFiltered, readFilters } from './feed-filters';

describe('the feed filters in the query string', () => {
  it('reads theme, decade, language and sort', () => {
    const params = new URLSearchParams('theme=migration&decade=1960&language=tr&sort=top');
    expect(readFilters(params)).toEqual({
      theme: 'migration',
      decade: 1960,
      language: 'tr',
      sort: 'top',
    });
  });

  it('drops unknown or malformed values instead of failing', () => {
    const params = new URLSearchParams('theme=gold&decade=1965&language=xx&sort=random');
    expect(readFilters(params)).toEqual({});
  });

  it('leaves the default sort out of the address', () => {
    expect(filtersToSearch({ sort: 'new', theme: 'colliery' })).toBe('?theme=colliery');
    expect(filtersToSearch({})).toBe('');
  });

  it('round-trips through the address', () => {
    const filters = { theme: 'community', decade: 1980, sort: 'top' } as const;
    expect(readFilters(new URLSearchParams(filtersToSearch(filters)))).toEqual(filters);
  });

  it('counts only narrowing filters as filtered', () => {
    expect(isFiltered({ sort: 'top' })).toBe(false);
    expect(isFiltered({ language: 'pl' })).toBe(true);
  });

  it('offers the decades from now back to the 1850s', () => {
    const list = decades(new Date('2026-05-01'));
    expect(list[0]).toBe(2020);
    expect(list.at(-1)).toBe(1850);
  });
});
