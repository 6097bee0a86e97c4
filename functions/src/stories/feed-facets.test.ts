import { describe, expect, it } from 'vitest';
import { decadesOf, MAX_FACETS, facetsOf, planFeedQuery } from './feed-facets';

describe('decadesOf', () => {
  it('lists every decade a period touches', () => {
    expect(decadesOf({ from: 1958, to: 1973 })).toEqual([1950, 1960, 1970]);
  });
  it('takes a single year as its decade', () => {
    expect(decadesOf({ from: 1987 })).toEqual([1980]);
    expect(decadesOf({ to: 2018 })).toEqual([2010]);
  });
  it('has none without years', () => {
    expect(decadesOf(undefined)).toEqual([]);
  });
  it('caps a long life story at the slots available', () => {
    expect(decadesOf({ from: 1900, to: 2020 })).toHaveLength(MAX_FACETS - 5);
  });
});

describe('facetsOf', () => {
  it('never needs more slots than a story has', () => {
    const widest = facetsOf({
      themes: ['colliery', 'migration', 'community'],
      language: 'tr',
      period: { from: 1800, to: 2026 },
    });
    expect(widest.length).toBe(MAX_FACETS);
  });
  it('lists a story under all, its themes, its language and its decades', () => {
    expect(facetsOf({ themes: ['colliery'], language: 'de', period: { from: 1973 } })).toEqual([
      'FEED#ALL',
      'FEED#THEME#colliery',
      'FEED#LANG#de',
      'FEED#DECADE#1970',
    ]);
  });
});

describe('planFeedQuery', () => {
  it('reads the theme partition and filters the rest', () => {
    expect(planFeedQuery({ theme: 'migration', decade: 1960, language: 'tr' })).toEqual({
      facet: 'FEED#THEME#migration',
      remaining: { decade: 1960, language: 'tr' },
    });
  });
  it('reads all stories without a filter', () => {
    expect(planFeedQuery({})).toEqual({ facet: 'FEED#ALL', remaining: {} });
  });
});
