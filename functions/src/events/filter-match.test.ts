import { describe, expect, it } from 'vitest';
import { EVENT_HANDLERS } from './catalogue';
import { matchesAnyFilter, matchesPattern } from './filter-match';

/** A raw stream record as DynamoDB Streams gives it (attribute values, not plain values). */
const record = (eventName: string, sk: string, newImage: Record<string, unknown> = {}) => ({
  eventName,
  dynamodb: { Keys: { pk: { S: 'STORY#s1' }, sk: { S: sk } }, NewImage: newImage },
});

describe('matching Lambda filter patterns against raw stream records', () => {
  it('follows the catalogue: a changed story item matches, an inserted one or another item not', () => {
    const notifier = EVENT_HANDLERS.find((h) => h.name === 'notifier')!;
    expect(matchesAnyFilter(notifier.filters, record('MODIFY', 'STORY'))).toBe(true);
    expect(matchesAnyFilter(notifier.filters, record('INSERT', 'STORY'))).toBe(false);
    expect(matchesAnyFilter(notifier.filters, record('MODIFY', 'COMMENT#c1'))).toBe(false);
    expect(matchesAnyFilter(notifier.filters, { eventName: 'MODIFY' })).toBe(false);
  });

  it('matches any of an array of exact values, and any element of an array in the record', () => {
    const pattern = { eventName: ['INSERT', 'MODIFY'], n: [3, null] };
    expect(matchesPattern(pattern, { eventName: 'MODIFY', n: 3 })).toBe(true);
    expect(matchesPattern(pattern, { eventName: 'MODIFY', n: null })).toBe(true);
    expect(matchesPattern(pattern, { eventName: 'MODIFY', n: '3' })).toBe(false);
    expect(matchesPattern(pattern, { eventName: 'REMOVE', n: 3 })).toBe(false);
    expect(matchesPattern({ tags: ['b'] }, { tags: ['a', 'b'] })).toBe(true);
    expect(matchesPattern({ tags: ['c'] }, { tags: ['a', 'b'] })).toBe(false);
  });

  it('knows prefix, exists and anything-but, in nested objects', () => {
    const prefix = { dynamodb: { Keys: { sk: { S: [{ prefix: 'COMMENT#' }] } } } };
    expect(matchesPattern(prefix, record('MODIFY', 'COMMENT#c1'))).toBe(true);
    expect(matchesPattern(prefix, record('MODIFY', 'STORY'))).toBe(false);

    const withStatus = { dynamodb: { NewImage: { status: { S: [{ exists: true }] } } } };
    const withoutStatus = { dynamodb: { NewImage: { status: [{ exists: false }] } } };
    const withdrawn = record('MODIFY', 'STORY', { status: { S: 'withdrawn' } });
    expect(matchesPattern(withStatus, withdrawn)).toBe(true);
    expect(matchesPattern(withoutStatus, withdrawn)).toBe(false);
    expect(matchesPattern(withStatus, record('MODIFY', 'STORY'))).toBe(false);
    expect(matchesPattern(withoutStatus, record('MODIFY', 'STORY'))).toBe(true);

    const notPending = {
      dynamodb: { NewImage: { status: { S: [{ 'anything-but': ['pending', 'published'] }] } } },
    };
    expect(matchesPattern(notPending, withdrawn)).toBe(true);
    expect(
      matchesPattern(notPending, record('MODIFY', 'STORY', { status: { S: 'pending' } })),
    ).toBe(false);
    const notComment = { sk: [{ 'anything-but': { prefix: 'COMMENT#' } }] };
    expect(matchesPattern(notComment, { sk: 'STORY' })).toBe(true);
    expect(matchesPattern(notComment, { sk: 'COMMENT#1' })).toBe(false);
  });

  it('needs every field of a pattern, and any one pattern of a list; none at all lets all through', () => {
    const both = { eventName: ['MODIFY'], dynamodb: { Keys: { sk: { S: ['STORY'] } } } };
    expect(matchesPattern(both, { eventName: 'MODIFY' })).toBe(false);
    expect(matchesAnyFilter([{ eventName: ['REMOVE'] }, both], record('MODIFY', 'STORY'))).toBe(
      true,
    );
    expect(matchesAnyFilter([], { anything: 1 })).toBe(true);
  });

  it('refuses an operator it does not know instead of quietly matching nothing', () => {
    expect(() => matchesPattern({ n: [{ numeric: ['>', 1] }] }, { n: 2 })).toThrow(/numeric/);
    expect(() => matchesPattern({ n: 'x' }, { n: 'x' })).toThrow(/array or an object/);
  });
});
