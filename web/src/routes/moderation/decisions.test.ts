import type { QueueItem } from '$shared';
import { describe, expect, it } from 'vitest';
import { decisionsFor, needsReason } from './decisions';

const base = { id: 's1', storyId: 's1', submittedAt: '', ageSeconds: 0, flags: [], flagSpans: [] };
const story = (status: string, kind: QueueItem['kind'] = 'story') =>
  ({ ...base, kind, story: { status } }) as unknown as QueueItem;
const comment = (status: string, kind: QueueItem['kind'] = 'comment') =>
  ({ ...base, kind, commentId: 'c1', comment: { id: 'c1', status } }) as unknown as QueueItem;

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
