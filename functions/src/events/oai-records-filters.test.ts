import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { storyKeys } from '../stories/keys';
import { EVENT_HANDLERS } from './catalogue';
import { matchesAnyFilter } from './filter-match';

const entry = EVENT_HANDLERS.find((handler) => handler.name === 'oai-records')!;
const story = storyKeys.story('s1');

function raw(
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  keys: { pk: string; sk: string },
  oldImage?: Record<string, unknown>,
  newImage?: Record<string, unknown>,
) {
  return {
    eventName,
    dynamodb: {
      Keys: marshall(keys),
      ...(oldImage ? { OldImage: marshall({ ...keys, ...oldImage }) } : {}),
      ...(newImage ? { NewImage: marshall({ ...keys, ...newImage }) } : {}),
    },
  };
}
const delivered = (record: unknown) => matchesAnyFilter(entry.filters, record);

describe('the oai-records entry of the catalogue', () => {
  it('asks for a story becoming public, changing while public, leaving, or erased', () => {
    expect(delivered(raw('MODIFY', story, { status: 'pending' }, { status: 'published' }))).toBe(
      true,
    );
    expect(delivered(raw('MODIFY', story, { status: 'published' }, { status: 'published' }))).toBe(
      true,
    );
    for (const status of ['hidden', 'withdrawn'])
      expect(delivered(raw('MODIFY', story, { status: 'published' }, { status }))).toBe(true);
    expect(delivered(raw('REMOVE', story, { status: 'published' }))).toBe(true);
  });

  it('lets pass nothing that was never public, nor other items of the partition', () => {
    expect(delivered(raw('INSERT', story, undefined, { status: 'pending' }))).toBe(false);
    expect(delivered(raw('MODIFY', story, { status: 'pending' }, { status: 'withdrawn' }))).toBe(
      false,
    );
    expect(delivered(raw('MODIFY', story, { status: 'pending' }, { status: 'rejected' }))).toBe(
      false,
    );
    const comment = storyKeys.comment('s1', 'c1');
    expect(
      delivered(raw('MODIFY', comment, { status: 'published' }, { status: 'published' })),
    ).toBe(false);
  });

  it('needs nothing but the table', () => {
    expect(entry.needs).toEqual({});
  });
});
