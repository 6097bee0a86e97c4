import { describe, expect, it } from 'vitest';
import { CURRENT_TERMS_VERSION } from '../../../shared/vocabulary';
import type { TransactItem } from '../core/transact';
import { FEED_SLOTS } from './feed-facets';
import { storyKeys } from './keys';
import type { StoryRecord } from './story-record';
import { createStoryWrites, leavesPublication, MAX_EXHIBITIONS_PER_STORY } from './story-writes';

const writes = createStoryWrites('T');
const AT = '2026-03-01T10:00:00.000Z';

function makeRecord(overrides: Partial<StoryRecord> = {}): StoryRecord {
  return {
    id: 'S1',
    status: 'published',
    title: 'Die letzte Schicht',
    body: 'Am letzten Tag fuhren wir noch einmal ein. Keiner sagte viel.',
    language: 'de',
    themes: ['colliery'],
    contentWarnings: [],
    attribution: 'name',
    consent: {
      online: true,
      exhibition: true,
      research: false,
      license: 'CC-BY-4.0',
      termsVersion: CURRENT_TERMS_VERSION,
    },
    authorSub: 'u-anna',
    authorName: 'Anna',
    voteCount: 2,
    commentCount: 1,
    createdAt: AT,
    updatedAt: AT,
    submittedAt: AT,
    publishedAt: AT,
    flags: [],
    version: 4,
    ...overrides,
  };
}

const update = (item: TransactItem) => item.Update!;

describe('leavesPublication', () => {
  it('is true only from published to anything else', () => {
    expect(leavesPublication('published', 'hidden')).toBe(true);
    expect(leavesPublication('published', 'withdrawn')).toBe(true);
    expect(leavesPublication('published', 'published')).toBe(false);
    expect(leavesPublication('pending', 'withdrawn')).toBe(false);
    expect(leavesPublication('hidden', 'published')).toBe(false);
  });
});

describe('a story state change', () => {
  it('holds only while status and version are the ones read', () => {
    const { story } = writes.stateChangeItems(makeRecord(), { to: 'hidden', at: AT });
    expect(update(story).Key).toEqual(storyKeys.story('S1'));
    expect(update(story).ConditionExpression).toBe('#status = :from AND version = :version');
    expect(update(story).ExpressionAttributeValues).toMatchObject({
      ':from': 'published',
      ':version': 4,
      ':to': 'hidden',
    });
  });

  it('leaving publication deletes every feed slot and forgets the exhibitions', () => {
    const record = makeRecord({ exhibitionIds: new Set(['E1', 'E2']) });
    const { story, feed } = writes.stateChangeItems(record, { to: 'withdrawn', at: AT });
    expect(feed).toHaveLength(FEED_SLOTS);
    expect(feed.map((item) => item.Delete?.Key)).toEqual(storyKeys.allFeedSlots('S1'));
    expect(update(story).UpdateExpression).toMatch(/REMOVE .*exhibitionIds/);
  });

  it('publishing writes every feed slot; dismissing reports on a published story writes none', () => {
    const pending = makeRecord({ status: 'pending', publishedAt: undefined });
    const published = writes.stateChangeItems(pending, { to: 'published', at: AT });
    expect(published.feed).toHaveLength(FEED_SLOTS);
    expect(published.feed.every((item) => item.Put !== undefined)).toBe(true);
    const dismissed = writes.stateChangeItems(makeRecord(), {
      to: 'published',
      at: AT,
      clearReports: true,
    });
    expect(dismissed.feed).toEqual([]);
  });

  it('settling reports zeroes the count and removes what the reports left', () => {
    const { story } = writes.stateChangeItems(makeRecord({ reportCount: 3 }), {
      to: 'hidden',
      at: AT,
      clearReports: true,
    });
    expect(update(story).UpdateExpression).toContain('reportCount = :zero');
    expect(update(story).UpdateExpression).toMatch(/REMOVE .*hiddenBy, reportReasons/);
    expect(update(story).ExpressionAttributeValues?.[':zero']).toBe(0);
  });

  it('sending a story in again puts it back in the queue', () => {
    const record = makeRecord({ status: 'changes-requested', publishedAt: undefined });
    const { story, feed } = writes.stateChangeItems(record, { to: 'pending', at: AT });
    expect(feed).toEqual([]);
    expect(update(story).ExpressionAttributeValues).toMatchObject({
      ':queue': storyKeys.pendingQueue,
      ':queueSk': storyKeys.byTime(AT, 'S1'),
    });
  });
});

describe('a consent change', () => {
  it('is refused for a withdrawn story and a version other than the one read', () => {
    const item = update(writes.consentChangeItem(makeRecord(), { research: true, at: AT }));
    expect(item.ConditionExpression).toBe('version = :version AND #status <> :withdrawn');
    expect(item.ExpressionAttributeValues?.[':version']).toBe(4);
    expect(item.UpdateExpression).toContain('#consent.#research = :research');
    expect(item.UpdateExpression).not.toContain('exhibitionIds');
  });

  it('forgets the exhibitions only when exhibition consent is withdrawn from a story in some', () => {
    const inSome = makeRecord({ exhibitionIds: new Set(['E1']) });
    const withdrawn = update(writes.consentChangeItem(inSome, { exhibition: false, at: AT }));
    expect(withdrawn.UpdateExpression).toMatch(/REMOVE exhibitionIds$/);
    const inNone = update(writes.consentChangeItem(makeRecord(), { exhibition: false, at: AT }));
    expect(inNone.UpdateExpression).not.toContain('REMOVE');
  });
});

describe("a story's exhibition membership and pick slot", () => {
  it('joins only while published, consented to and below the limit, and bumps the version', () => {
    const item = update(writes.joinExhibitionItem('S1', 'E1'));
    expect(item.Key).toEqual(storyKeys.story('S1'));
    expect(item.ConditionExpression).toContain('#status = :published');
    expect(item.ConditionExpression).toContain('#consent.#exhibition = :yes');
    expect(item.ConditionExpression).toContain('size(exhibitionIds) < :max');
    expect(item.ExpressionAttributeValues?.[':max']).toBe(MAX_EXHIBITIONS_PER_STORY);
    expect(item.UpdateExpression).toContain('version = version + :one');
  });

  it('leaves one exhibition by its id, bumping the version', () => {
    const item = update(writes.leaveExhibitionItem('S1', 'E1'));
    expect(item.UpdateExpression).toBe('DELETE exhibitionIds :ids SET version = version + :one');
    expect(item.ExpressionAttributeValues?.[':ids']).toEqual(new Set(['E1']));
  });

  it('picks and unpicks only an existing pick slot', () => {
    const pick = writes.pickUpdate('S1', { at: AT, by: 'u-kai' });
    expect(pick.Key).toEqual(storyKeys.pickSlot('S1'));
    expect(pick.ConditionExpression).toBe('attribute_exists(pk)');
    expect(pick.UpdateExpression).toMatch(/REMOVE pickNote$/);
    const noted = writes.pickUpdate('S1', { at: AT, by: 'u-kai', note: { de: 'Schön' } });
    expect(noted.UpdateExpression).toContain('pickNote = :note');
    expect(writes.unpickUpdate('S1').ConditionExpression).toBe('attribute_exists(pk)');
  });
});

describe('counters on a story', () => {
  it('count a vote only while the story is published', () => {
    const item = update(writes.voteCountItem('S1', -1));
    expect(item.ConditionExpression).toBe('#status = :published');
    expect(item.ExpressionAttributeValues).toEqual({ ':published': 'published', ':delta': -1 });
  });

  it('count a new comment, or only check the story for a held one', () => {
    expect(update(writes.commentCountItem('S1', 1)).UpdateExpression).toBe('ADD commentCount :one');
    const held = writes.commentCountItem('S1', 0);
    expect(held.Update).toBeUndefined();
    expect(held.ConditionCheck?.ConditionExpression).toBe('#status = :published');
  });

  it('reach every feed slot, and none when nothing changes', () => {
    expect(writes.feedCounterItems('S1', { votes: 1 })).toHaveLength(FEED_SLOTS);
    expect(writes.feedCounterItems('S1', { comments: 0 })).toEqual([]);
  });
});
