import { describe, expect, it } from 'vitest';
import type { Db } from '../core/dynamo';
import { createCommentRepository } from './comment-repository';
import type { CommentRecord } from './comment-record';
import { FEED_SLOTS } from './feed-facets';
import { storyKeys } from './keys';
import { createReportRepository } from './report-repository';
import { createVoteRepository } from './vote-repository';

// Item builders only: no request is ever sent through this client.
const db = { tableName: 'T', doc: undefined as never } as Db;
const AT = '2026-03-01T10:00:00.000Z';
const P = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const R = '01JBBBBBBBBBBBBBBBBBBBBBBB';

describe('vote items', () => {
  const votes = createVoteRepository(db);
  it('cast once (Put refused if it exists) and withdraw once (Delete refused unless it exists)', () => {
    const cast = votes.voteItem('S1', 'u-ben', true);
    expect(cast.Put?.Item).toEqual({
      ...storyKeys.vote('S1', 'u-ben'),
      entity: 'vote',
      sub: 'u-ben',
    });
    expect(cast.Put?.ConditionExpression).toBe('attribute_not_exists(pk)');
    const withdrawn = votes.voteItem('S1', 'u-ben', false);
    expect(withdrawn.Delete?.Key).toEqual(storyKeys.vote('S1', 'u-ben'));
    expect(withdrawn.Delete?.ConditionExpression).toBe('attribute_exists(pk)');
  });
});

describe('comment items', () => {
  const comments = createCommentRepository(db);
  const record: CommentRecord = {
    id: `${P}-${R}`,
    storyId: 'S1',
    parentId: P,
    body: 'Mein Opa war auch dort.',
    authorSub: 'u-ben',
    authorName: 'Ben',
    status: 'held',
    replyCount: 0,
    createdAt: AT,
  };

  it('put a new reply beside its parent; a held one joins the comments queue', () => {
    const put = comments.newCommentItem(record, { flags: ['phone'], flagSpans: [] }).Put!;
    expect(put.Item).toMatchObject(storyKeys.reply('S1', P, R));
    expect(put.Item?.queuePk).toBe(storyKeys.heldQueue);
    expect(put.Item?.flags).toEqual(['phone']);
    expect(put.ConditionExpression).toBe('attribute_not_exists(pk)');
    const published = comments.newCommentItem(
      { ...record, status: 'published' },
      { flags: [], flagSpans: [] },
    ).Put!;
    expect(published.Item?.queuePk).toBeUndefined();
  });

  it('count a reply on its parent only while the parent is published', () => {
    const counted = comments.replyCountItem('S1', P, 1).Update!;
    expect(counted.Key).toEqual(storyKeys.comment('S1', P));
    expect(counted.ConditionExpression).toBe('#status = :published');
    expect(comments.replyCountItem('S1', P, 0).ConditionCheck?.Key).toEqual(
      storyKeys.comment('S1', P),
    );
  });

  it('follow a visibility change on the story, the parent and, while published, the feed', () => {
    expect(comments.countItems({ storyId: 'S1', parentId: P }, 0, 'published')).toEqual({});
    const hidden = comments.countItems({ storyId: 'S1', parentId: P }, -1, 'published');
    expect(hidden.story?.Update?.ExpressionAttributeValues).toMatchObject({ ':d': -1 });
    expect(hidden.parent?.Update?.Key).toEqual(storyKeys.comment('S1', P));
    expect(hidden.feed).toHaveLength(FEED_SLOTS);
    expect(comments.countItems({ storyId: 'S1' }, 1, 'hidden').feed).toEqual([]);
  });

  it('settle reports on a comment when asked, and always leave the queue', () => {
    const stored = { ...record, status: 'published' as const, reportCount: 2 };
    const items = comments.stateChangeItems(stored, {
      to: 'hidden',
      at: AT,
      storyStatus: 'published',
      clearReports: true,
    });
    const expression = items.comment.Update!.UpdateExpression;
    expect(expression).toContain('reportCount = :zero');
    expect(expression).toMatch(/REMOVE queuePk, queueSk, hiddenBy, reportReasons, reportNotes$/);
    expect(items.comment.Update!.ConditionExpression).toBe('#status = :from');
    expect(items.story).toBeDefined();
  });
});

describe('report items', () => {
  const reports = createReportRepository(db);
  const story = { entity: 'story', id: 'S1', status: 'published', version: 7 };

  it('allow one report per person and item, by its stored id', () => {
    const put = reports.reportItem({ storyId: 'S1' }, story, {
      sub: 'u-ben',
      reason: 'spam',
      at: AT,
    }).Put!;
    expect(put.Item).toMatchObject(storyKeys.report('S1', 'STORY', 'u-ben'));
    expect(put.ConditionExpression).toBe('attribute_not_exists(pk)');
  });

  it('count on a story only with the count and version read; the third hides it', () => {
    const count = reports.countItem({ storyId: 'S1' }, story, {
      count: 2,
      hides: true,
      at: AT,
      reason: 'spam',
    }).Update!;
    expect(count.Key).toEqual(storyKeys.story('S1'));
    expect(count.ConditionExpression).toBe(
      '#status = :published AND (attribute_not_exists(reportCount) OR reportCount = :count) AND version = :version',
    );
    expect(count.ExpressionAttributeValues).toMatchObject({
      ':count': 2,
      ':next': 3,
      ':version': 7,
      ':hidden': 'hidden',
      ':queueSk': storyKeys.reportQueueSk(AT, 'S1', 'STORY'),
    });
  });

  it('count on a comment without a version, and never hide below the threshold', () => {
    const comment = { entity: 'comment', id: P, storyId: 'S1', status: 'published' };
    const count = reports.countItem({ storyId: 'S1', commentId: P }, comment, {
      count: 0,
      hides: false,
      at: AT,
      reason: 'spam',
    }).Update!;
    expect(count.Key).toEqual(storyKeys.comment('S1', P));
    expect(count.ConditionExpression).not.toContain('version');
    expect(count.UpdateExpression).not.toContain(':hidden');
  });
});
