import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../shared/schemas/comment';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { newResident, publishStory, submitStory } from './support/story-flow';
import { feedCard, feedIds, postComment, queueEntries, report } from './support/workspace';

const { anna, ben } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
const reportEntry = async (id: string) =>
  (await queueEntries(t, 'reports')).find((entry) => entry.id === id);
const residents = (n: number, label = 'reporter') =>
  Array.from({ length: n }, () => newResident(label));

describe.each([
  ['a story', false],
  ['a comment', true],
])('reporting %s', (_, onComment) => {
  let storyId: string;
  let commentId: string | undefined;
  beforeAll(async () => {
    storyId = (await publishStory(t, newResident('author'))).id;
    commentId = onComment ? (await postComment(t, ben, storyId, 'Guter Text!')).id : undefined;
  });

  it('refuses an anonymous caller with 401', async () => {
    const res = await report(t, undefined, { storyId, commentId });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it('answers 404 for an unknown item', async () => {
    const target = onComment ? { storyId, commentId: UNKNOWN } : { storyId: UNKNOWN };
    expect((await report(t, anna, target)).status).toBe(404);
  });

  it('rejects an unknown reason with 400 naming the field', async () => {
    const res = await report(t, anna, { storyId, commentId }, { reason: 'boring' });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(['reason']);
  });

  it('answers 201 to a first report and 200 to the same person reporting again', async () => {
    const reporter = newResident();
    const first = await report(
      t,
      reporter,
      { storyId, commentId },
      { reason: 'spam', note: 'Werbung' },
    );
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ reported: true, created: true });
    const again = await report(t, reporter, { storyId, commentId }, { reason: 'offensive' });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ reported: true, created: false });
    const entry = await reportEntry(commentId ?? storyId);
    expect(entry).toMatchObject({
      reportCount: 1,
      reportReasons: ['spam'],
      hiddenByReports: false,
    });
  });
});

describe('reporting a comment', () => {
  it('costs one GetItem and one TransactWriteItems', async () => {
    const story = await publishStory(t, newResident('author'));
    const comment = await postComment(t, newResident(), story.id, 'Schöne Erinnerung.');
    t.requests.reset();
    await report(t, newResident(), { storyId: story.id, commentId: comment.id });
    expect(t.requests.sent()).toEqual(['GetItem', 'TransactWriteItems']);
  });

  it('refuses another spelling of a reply id, so one person cannot report it three times', async () => {
    const story = await publishStory(t, newResident('author'));
    const parent = await postComment(t, newResident(), story.id, 'Ich war auch dabei.');
    const reply = await postComment(t, newResident(), story.id, 'Ich auch!', parent.id);
    const reporter = newResident();
    const first = await report(t, reporter, { storyId: story.id, commentId: reply.id });
    const alias = await report(t, reporter, { storyId: story.id, commentId: `${reply.id}-x` });
    expect([first.status, alias.status]).toEqual([201, 404]);
    const replies = await t.call('GET', `/api/stories/${story.id}/comments/${parent.id}/replies`);
    expect(replies.json.items.map((c: { id: string }) => c.id)).toEqual([reply.id]);
  });
});

describe('reporting what the public cannot see', () => {
  it('answers 404 for a story that is not published yet', async () => {
    const pending = await submitStory(t, newResident('author'));
    expect((await report(t, ben, { storyId: pending.id })).status).toBe(404);
  });

  it('answers 404 for a comment held for a moderator', async () => {
    const story = await publishStory(t, newResident('author'));
    const held = await postComment(t, ben, story.id, 'Ruf mich an: 0234 123456');
    expect(held.status).toBe('held');
    expect((await report(t, anna, { storyId: story.id, commentId: held.id })).status).toBe(404);
  });
});

describe('three reports from different people', () => {
  it('hide a story: public 404, out of the feed, in the reports queue', async () => {
    const story = await publishStory(t, newResident('author'));
    const reasons = ['spam', 'offensive', 'spam'];
    for (const [i, reporter] of residents(3).entries()) {
      expect(await feedIds(t)).toContain(story.id);
      expect(
        (await report(t, reporter, { storyId: story.id }, { reason: reasons[i] })).status,
      ).toBe(201);
    }
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(404);
    expect((await t.call('GET', `/api/stories/${story.id}`, { as: ben })).status).toBe(404);
    expect(await feedIds(t)).not.toContain(story.id);
    expect(await feedIds(t, 'theme=colliery&sort=top')).not.toContain(story.id);
    expect(await reportEntry(story.id)).toMatchObject({
      kind: 'report',
      storyId: story.id,
      reportCount: 3,
      reportReasons: ['offensive', 'spam'],
      hiddenByReports: true,
      story: { status: 'hidden' },
    });
  });

  it('are needed: two people reporting twice each leave a story published', async () => {
    const story = await publishStory(t, newResident('author'));
    const [first, second] = residents(2);
    for (const reporter of [first!, second!, first!, second!]) {
      await report(t, reporter, { storyId: story.id });
    }
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(200);
    expect(await feedIds(t)).toContain(story.id);
    expect(await reportEntry(story.id)).toMatchObject({ reportCount: 2, hiddenByReports: false });
  });

  it('hide a comment from the public and uncount it on the story and its feed card', async () => {
    const story = await publishStory(t, newResident('author'));
    const kept = await postComment(t, ben, story.id, 'Das war bei uns genauso.');
    const reported = await postComment(t, anna, story.id, 'Alles erfunden, glaubt kein Mensch.');
    expect((await feedCard(t, story.id))?.commentCount).toBe(2);
    for (const reporter of residents(3)) {
      const res = await report(t, reporter, { storyId: story.id, commentId: reported.id });
      expect(res.status).toBe(201);
    }
    const page = await t.call('GET', `/api/stories/${story.id}`);
    expect(page.json.commentCount).toBe(1);
    expect(page.json.comments.items.map((c: Comment) => c.id)).toEqual([kept.id]);
    const listed = await t.call('GET', `/api/stories/${story.id}/comments`, { as: ben });
    expect(listed.json.items.map((c: Comment) => c.id)).toEqual([kept.id]);
    expect((await feedCard(t, story.id))?.commentCount).toBe(1);
    expect(await reportEntry(reported.id)).toMatchObject({
      kind: 'report',
      commentId: reported.id,
      reportCount: 3,
      hiddenByReports: true,
    });
    const late = await report(t, newResident(), { storyId: story.id, commentId: reported.id });
    expect(late.status).toBe(404);
  });
});

describe('a burst of reports', () => {
  it('from ten people at once counts exactly the three that hide the story; the rest find it gone', async () => {
    const story = await publishStory(t, newResident('author'));
    const answers = await Promise.all(
      residents(10, 'burst').map((reporter) => report(t, reporter, { storyId: story.id })),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([201, 201, 201, 404, 404, 404, 404, 404, 404, 404]);
    expect(await reportEntry(story.id)).toMatchObject({ reportCount: 3, hiddenByReports: true });
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(404);
    expect(await feedIds(t)).not.toContain(story.id);
  });

  it('from two people at once on a fresh story counts both and hides nothing', async () => {
    const story = await publishStory(t, newResident('author'));
    const answers = await Promise.all(
      residents(2, 'pair').map((reporter) => report(t, reporter, { storyId: story.id })),
    );
    expect(answers.map((res) => res.status)).toEqual([201, 201]);
    expect(await reportEntry(story.id)).toMatchObject({ reportCount: 2, hiddenByReports: false });
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(200);
  });
});
