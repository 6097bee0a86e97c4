import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { mediaKeys } from '../media/keys';
import { storyKeys } from '../stories/keys';
import { EVENT_HANDLERS } from './catalogue';
import { matchesAnyFilter } from './filter-match';

const publisher = EVENT_HANDLERS.find((entry) => entry.name === 'media-publisher')!;

/** A raw stream record, with its images as attribute values (as Lambda filters them). */
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

const story = storyKeys.story('s1');
const medium = mediaKeys.medium('sub-1', 'm1');
const photo = [{ id: 'm1', kind: 'image', alt: 'Förderturm', width: 800, height: 600 }];
const delivered = (record: unknown) => matchesAnyFilter(publisher.filters, record);

describe('the media-publisher entry of the catalogue', () => {
  it('asks for a story written as published: approved, restored, or seeded so', () => {
    const pending = { status: 'pending', media: photo };
    const published = { status: 'published', media: photo };
    expect(delivered(raw('MODIFY', story, pending, published))).toBe(true);
    expect(delivered(raw('MODIFY', story, { status: 'hidden' }, published))).toBe(true);
    expect(delivered(raw('INSERT', story, undefined, published))).toBe(true);
  });

  it('asks for a published story leaving publication: hidden, withdrawn (also by consent)', () => {
    const published = { status: 'published', media: photo };
    for (const status of ['hidden', 'withdrawn'])
      expect(delivered(raw('MODIFY', story, published, { status, media: photo }))).toBe(true);
  });

  it('asks for every deleted story and medium item, whatever they held', () => {
    expect(delivered(raw('REMOVE', story, { status: 'pending' }))).toBe(true);
    expect(delivered(raw('REMOVE', medium, { entity: 'media', storyId: 's1' }))).toBe(true);
    expect(delivered(raw('REMOVE', medium, { entity: 'media' }))).toBe(true);
    expect(mediaKeys.medium('x', 'y').sk.startsWith(mediaKeys.prefix)).toBe(true);
  });

  it('lets pass nothing that cannot change what is public', () => {
    const pending = { status: 'pending', media: photo };
    expect(delivered(raw('INSERT', story, undefined, pending))).toBe(false);
    expect(delivered(raw('MODIFY', story, pending, { ...pending, title: 'Neu' }))).toBe(false);
    expect(delivered(raw('MODIFY', story, pending, { status: 'rejected' }))).toBe(false);
    // Uploading, processing and attaching a medium change only its item.
    expect(delivered(raw('INSERT', medium, undefined, { status: 'uploading' }))).toBe(false);
    expect(delivered(raw('MODIFY', medium, { status: 'ready' }, { storyId: 's1' }))).toBe(false);
    // Comments, votes' own items, feed slots: other sort keys.
    expect(delivered(raw('REMOVE', storyKeys.comment('s1', 'c1'), { status: 'published' }))).toBe(
      false,
    );
    expect(delivered(raw('INSERT', storyKeys.vote('s1', 'sub-1'), undefined, {}))).toBe(false);
    expect(delivered(raw('MODIFY', storyKeys.feedSlot('s1', 0), { status: 'published' }, {}))).toBe(
      false,
    );
  });

  it('names the media bucket among its needs, for its grants', () => {
    expect(publisher.needs).toEqual({ media: true });
  });
});
