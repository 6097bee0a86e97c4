import type { QueueEntry } from '$shared';
import { describe, expect, it } from 'vitest';
import { decisionsFor, isOwnItem, needsReason } from './decisions';

const base = { id: 's1', storyId: 's1', submittedAt: '', ageSeconds: 0, flags: [], flagSpans: [] };
const story = (status: string, kind: QueueEntry['kind'] = 'story') =>
  ({ ...base, kind, story: { status } }) as unknown as QueueEntry;
const comment = (status: string, kind: QueueEntry['kind'] = 'comment') =>
  ({ ...base, kind, commentId: 'c1', comment: { id: 'c1', status } }) as unknown as QueueEntry;

describe('the decisions an item allows', () => {
  it('offers approve, reject and request changes on a pending story', () => {
    expect(decisionsFor(story('pending'))).toEqual(['approve', 'reject', 'request-changes']);
  });

  it('offers approve and hide on a held comment', () => {
    expect(decisionsFor(comment('held'))).toEqual(['approve', 'hide']);
  });

  it('lets a report be confirmed (hide) or dismissed (restore), visible or hidden', () => {
    expect(decisionsFor(story('published', 'report'))).toEqual(['hide', 'restore']);
    expect(decisionsFor(story('hidden', 'report'))).toEqual(['hide', 'restore']);
    expect(decisionsFor(comment('hidden', 'report'))).toEqual(['hide', 'restore']);
  });

  it('hides a published story and restores a hidden one outside the reports', () => {
    expect(decisionsFor(story('published'))).toEqual(['hide']);
    expect(decisionsFor(story('hidden'))).toEqual(['restore']);
  });

  it('offers nothing on a rejected or withdrawn story', () => {
    expect(decisionsFor(story('rejected'))).toEqual([]);
    expect(decisionsFor(story('withdrawn'))).toEqual([]);
  });

  it('asks a reason for everything but approve and restore', () => {
    expect(
      ['approve', 'reject', 'request-changes', 'hide', 'restore'].filter((d) =>
        needsReason(d as never),
      ),
    ).toEqual(['reject', 'request-changes', 'hide']);
  });
});

describe("a moderator's own item", () => {
  const own = (item: QueueEntry, isOwn: boolean) =>
    (item.comment
      ? { ...item, comment: { ...item.comment, isOwn } }
      : { ...item, story: { ...item.story, isOwn } }) as QueueEntry;

  it('is their own story or their own comment', () => {
    expect(isOwnItem(own(story('pending'), true))).toBe(true);
    expect(isOwnItem(own(comment('held'), true))).toBe(true);
    expect(isOwnItem(own(story('published', 'report'), true))).toBe(true);
  });

  it("is not someone else's, nor a comment by someone else on their story", () => {
    expect(isOwnItem(own(story('pending'), false))).toBe(false);
    const onOwnStory = { ...own(comment('held'), false), story: { isOwn: true } } as QueueEntry;
    expect(isOwnItem(onOwnStory)).toBe(false);
  });
});
