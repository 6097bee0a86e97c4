import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../shared/schemas/comment';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { newModerator, newResident, publishStory } from './support/story-flow';
import { feedCard, postComment, queueEntries, report } from './support/workspace';

const { anna, ben, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const EMAIL = 'anna.k@example.de';
const PHONE = '0234 123456';
const HELD_BODY = `Schreibt mir an ${EMAIL} oder ruft an unter ${PHONE}, ich habe noch Fotos.`;

const decideComment = (c: Comment, as: Persona | undefined, body: unknown) =>
  t.call('POST', `/api/moderation/comments/${c.storyId}/${c.id}/decision`, { as, body });
const publicPage = async (storyId: string) => (await t.call('GET', `/api/stories/${storyId}`)).json;
const publicIds = async (storyId: string) =>
  (await publicPage(storyId)).comments.items.map((c: Comment) => c.id);
const heldIds = async () => (await queueEntries(t, 'comments')).map((entry) => entry.id);
const reportedIds = async () => (await queueEntries(t, 'reports')).map((entry) => entry.id);

describe('the held comments queue', () => {
  it('lists held comments oldest first with their flags and spans into the body', async () => {
    const story = await publishStory(t, newResident('author'));
    const older = await postComment(t, ben, story.id, HELD_BODY);
    const newer = await postComment(t, anna, story.id, `Meine Nummer: ${PHONE}`);
    expect([older.status, newer.status]).toEqual(['held', 'held']);
    const entries = await queueEntries(t, 'comments');
    const ids = entries.map((entry) => entry.id);
    expect(ids.indexOf(older.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
    expect(entries.map((e) => e.submittedAt)).toEqual(entries.map((e) => e.submittedAt).sort());
    const entry = entries.find((e) => e.id === older.id)!;
    expect(entry).toMatchObject({
      kind: 'comment',
      storyId: story.id,
      commentId: older.id,
      submittedAt: older.createdAt,
      flags: ['email', 'phone'],
      comment: { body: HELD_BODY, status: 'held' },
    });
    const flagged = entry.flagSpans.map((span) => [
      span.kind,
      HELD_BODY.slice(span.start, span.end),
    ]);
    expect(flagged).toEqual([
      ['email', EMAIL],
      ['phone', PHONE],
    ]);
  });
});

describe('POST /api/moderation/comments/{storyId}/{commentId}/decision', () => {
  let storyId: string;
  beforeAll(async () => {
    storyId = (await publishStory(t, newResident('author'))).id;
  });
  const held = () => postComment(t, ben, storyId, HELD_BODY);
  const commentCount = async () => (await publicPage(storyId)).commentCount;

  it('refuses an anonymous caller with 401, a resident and a curator with 403', async () => {
    const comment = await held();
    expect((await decideComment(comment, undefined, { decision: 'approve' })).status).toBe(401);
    expect((await decideComment(comment, ben, { decision: 'approve' })).status).toBe(403);
    expect((await decideComment(comment, kai, { decision: 'approve' })).status).toBe(403);
    expect(await heldIds()).toContain(comment.id);
  });

  it('refuses a moderator any decision on their own comment with 403; another may decide', async () => {
    const moderator = newModerator('own-comment');
    const comment = await postComment(t, moderator, storyId, HELD_BODY);
    expect(comment.status).toBe('held');
    for (const body of [{ decision: 'approve' }, { decision: 'hide', reason: 'Zu privat.' }]) {
      const res = await decideComment(comment, moderator, body);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch('application/problem+json');
      expect(res.json.type).toBe('/problems/own-item');
    }
    expect(await heldIds()).toContain(comment.id);
    expect((await decideComment(comment, mia, { decision: 'approve' })).status).toBe(200);
    const hide = await decideComment(comment, moderator, {
      decision: 'hide',
      reason: 'Doch nicht.',
    });
    expect(hide.status).toBe(403);
    expect(await publicIds(storyId)).toContain(comment.id);
  });

  it('answers 404 for an unknown comment or story', async () => {
    const comment = await held();
    const unknown = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
    const onUnknownStory = { ...comment, storyId: unknown };
    expect(
      (await decideComment({ ...comment, id: unknown }, mia, { decision: 'approve' })).status,
    ).toBe(404);
    expect((await decideComment(onUnknownStory, mia, { decision: 'approve' })).status).toBe(404);
  });

  it('publishes an approved comment, counts it and takes it out of the queue', async () => {
    const comment = await held();
    const before = await commentCount();
    expect(await publicIds(storyId)).not.toContain(comment.id);
    const res = await decideComment(comment, mia, { decision: 'approve' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: comment.id, status: 'published' });
    expect(await publicIds(storyId)).toContain(comment.id);
    expect(await commentCount()).toBe(before + 1);
    expect((await feedCard(t, storyId))?.commentCount).toBe(before + 1);
    expect(await heldIds()).not.toContain(comment.id);
  });

  it('counts an approved reply on the story and on its parent', async () => {
    const parent = await postComment(t, anna, storyId, 'Mein Vater war auch auf Hannover.');
    const reply = await postComment(t, ben, storyId, `Ruf mich an: ${PHONE}`, parent.id);
    expect(reply.status).toBe('held');
    const before = await commentCount();
    expect((await decideComment(reply, mia, { decision: 'approve' })).status).toBe(200);
    const page = await publicPage(storyId);
    expect(page.commentCount).toBe(before + 1);
    expect(page.comments.items.find((c: Comment) => c.id === parent.id).replyCount).toBe(1);
    const replies = await t.call('GET', `/api/stories/${storyId}/comments/${parent.id}/replies`);
    expect(replies.json.items.map((c: Comment) => c.id)).toEqual([reply.id]);
  });

  it('hides a published comment only with a reason, and restores it', async () => {
    const comment = await postComment(t, anna, storyId, 'Das Foto hängt bei uns im Flur.');
    const count = await commentCount();
    const bare = await decideComment(comment, mia, { decision: 'hide' });
    expect(bare.status).toBe(400);
    expect(bare.json.errors.map((e: { path: string }) => e.path)).toEqual(['reason']);
    expect(await publicIds(storyId)).toContain(comment.id);

    const hidden = await decideComment(comment, mia, {
      decision: 'hide',
      reason: 'Persönliche Daten',
    });
    expect(hidden.json.status).toBe('hidden');
    expect(await publicIds(storyId)).not.toContain(comment.id);
    expect(await commentCount()).toBe(count - 1);
    expect((await feedCard(t, storyId))?.commentCount).toBe(count - 1);

    const restored = await decideComment(comment, mia, { decision: 'restore' });
    expect(restored.json.status).toBe('published');
    expect(await publicIds(storyId)).toContain(comment.id);
    expect(await commentCount()).toBe(count);
    expect((await feedCard(t, storyId))?.commentCount).toBe(count);
  });

  it('restores a comment hidden by reports and starts its reports afresh', async () => {
    const comment = await postComment(t, anna, storyId, 'Wir wohnten in der Kolonie daneben.');
    const count = await commentCount();
    for (const reporter of [newResident(), newResident(), newResident()]) {
      await report(t, reporter, { storyId, commentId: comment.id }, { reason: 'spam' });
    }
    expect(await commentCount()).toBe(count - 1);
    const restored = await decideComment(comment, mia, { decision: 'restore' });
    expect(restored.json.status).toBe('published');
    expect(await publicIds(storyId)).toContain(comment.id);
    expect(await commentCount()).toBe(count);
    expect(await reportedIds()).not.toContain(comment.id);
    await report(t, newResident(), { storyId, commentId: comment.id }, { reason: 'other' });
    const entry = (await queueEntries(t, 'reports')).find((e) => e.id === comment.id);
    expect(entry).toMatchObject({
      reportCount: 1,
      reportReasons: ['other'],
      hiddenByReports: false,
    });
  });

  it("takes a withdrawn story's held and reported comments out of the queues with it", async () => {
    const author = newResident();
    const story = await publishStory(t, author);
    const heldComment = await postComment(t, newResident(), story.id, HELD_BODY);
    const parent = await postComment(t, anna, story.id, 'Wir wohnten in der Kolonie daneben.');
    const heldReply = await postComment(t, ben, story.id, `Ruf an: ${PHONE}`, parent.id);
    const reported = await postComment(t, ben, story.id, 'Das war eine harte Zeit für alle.');
    await report(t, newResident(), { storyId: story.id, commentId: reported.id });
    expect([heldComment.status, heldReply.status]).toEqual(['held', 'held']);
    expect(await heldIds()).toEqual(expect.arrayContaining([heldComment.id, heldReply.id]));
    expect(await reportedIds()).toContain(reported.id);

    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    const held = await heldIds();
    expect(held).not.toContain(heldComment.id);
    expect(held).not.toContain(heldReply.id);
    expect(await reportedIds()).not.toContain(reported.id);
  });

  it('takes them all out when there are more than the transaction has room for', async () => {
    const author = newResident();
    const story = await publishStory(t, author);
    // The withdrawal's own transaction holds the story, its 14 feed slots and the ledger entry:
    // 84 more fit.
    const held = await Promise.all(
      Array.from({ length: 90 }, (_, n) =>
        postComment(t, newResident(), story.id, `Nummer ${n}: ${PHONE}`),
      ),
    );
    expect(held.every((c) => c.status === 'held')).toBe(true);
    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    const waiting = new Set(await heldIds());
    expect(held.filter((c) => waiting.has(c.id))).toEqual([]);
  });

  it("leaves other stories' held comments in the queue when one story is withdrawn", async () => {
    const author = newResident();
    const [withdrawn, other] = [await publishStory(t, author), await publishStory(t, author)];
    const gone = await postComment(t, ben, withdrawn.id, HELD_BODY);
    const stays = await postComment(t, ben, other.id, HELD_BODY);
    await t.call('DELETE', `/api/stories/${withdrawn.id}`, { as: author });
    const held = await heldIds();
    expect(held).toContain(stays.id);
    expect(held).not.toContain(gone.id);
  });

  it('rejects a second approval with 409 and counts the comment once', async () => {
    const comment = await held();
    expect((await decideComment(comment, mia, { decision: 'approve' })).status).toBe(200);
    const count = await commentCount();
    const again = await decideComment(comment, mia, { decision: 'approve' });
    expect(again.status).toBe(409);
    expect(again.json.type).toBe('/problems/state-conflict');
    expect(await commentCount()).toBe(count);
  });

  it('spends one TransactWriteItems on each decision, after two parallel reads', async () => {
    const comment = await held();
    for (const body of [
      { decision: 'approve' },
      { decision: 'hide', reason: 'Doch zu privat' },
      { decision: 'restore' },
    ]) {
      t.requests.reset();
      expect((await decideComment(comment, mia, body)).status).toBe(200);
      expect(t.requests.sent().sort()).toEqual(['GetItem', 'GetItem', 'TransactWriteItems']);
    }
  });
});

describe('two moderators deciding one held comment at once', () => {
  // Both take the same decision: an approval (or hiding) that lands second finds the comment no
  // longer held however the two interleave. (Approve against hide may both succeed when they
  // happen to run one after the other: hiding a published comment is a decision of its own.)
  it('lets exactly one win, ten times over, with one audit entry each', async () => {
    const story = await publishStory(t, newResident('author'));
    const other = newModerator();
    let approvals = 0;
    for (let round = 0; round < 10; round++) {
      const comment = await postComment(t, ben, story.id, HELD_BODY);
      const body =
        round % 2 ? { decision: 'hide', reason: 'Telefonnummer' } : { decision: 'approve' };
      const [a, b] = await Promise.all([
        decideComment(comment, mia, body),
        decideComment(comment, other, body),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      if (body.decision === 'approve') approvals++;
      const log = await t.call('GET', `/api/moderation/log/${comment.id}`, { as: mia });
      expect(log.json.items).toHaveLength(1);
      expect(log.json.items[0]).toMatchObject({
        entityType: 'comment',
        decision: body.decision,
        actorSub: a.status === 200 ? mia.sub : other.sub,
        fromStatus: 'held',
        toStatus: body.decision === 'approve' ? 'published' : 'hidden',
      });
    }
    expect((await publicPage(story.id)).commentCount).toBe(approvals);
    expect((await feedCard(t, story.id))?.commentCount).toBe(approvals);
  });
});
