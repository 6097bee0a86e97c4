import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../shared/schemas/story';
import { HOURLY_LIMITS, rateLimitItem, type LimitedAction } from '../functions/src/core/rate-limit';
import { makeStoryInput } from './support/fixtures';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { newResident, publishStory, readAllPages } from './support/story-flow';
import { postComment, queueEntries, report } from './support/workspace';

const { ben } = PERSONAS;
const HOUR_MS = 3_600_000;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // The hourly window is taken from the app's clock. Holding it 30 s before the end of an hour
  // keeps every counter in one window (no reset in mid-test) and makes Retry-After exactly 30.
  const frozen = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS - 30_000);
  t.deps.now = () => frozen;
});

/** The 429 every limit answers with: a problem with a Retry-After in seconds. */
function expectRateLimited(res: Awaited<ReturnType<TestApp['call']>>) {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toMatch('application/problem+json');
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  expect(retryAfter).toBe(30);
  expect(res.json).toMatchObject({ type: '/problems/rate-limited', status: 429 });
  expect(res.json.detail).toMatch(/try again in 1 minute\./);
}

/** `n` published stories, each by a new author (stories are limited per person too). */
const publishMany = (n: number): Promise<Story[]> =>
  Promise.all(Array.from({ length: n }, () => publishStory(t, newResident('author'))));

/**
 * Counts `used` actions of this hour for `persona` in one write, through the same counter item
 * the commands add to their transactions (only its increment differs), so a test of a limit in
 * the hundreds need not send every request before the last few that it checks.
 */
async function useUpLimit(persona: { sub: string }, action: LimitedAction, used: number) {
  const { Update } = rateLimitItem(t.deps.db.tableName, persona.sub, action, t.deps.now());
  await t.deps.db.doc.send(
    new UpdateCommand({
      ...Update!,
      ExpressionAttributeValues: { ...Update!.ExpressionAttributeValues, ':one': used },
    } as ConstructorParameters<typeof UpdateCommand>[0]),
  );
}

const storyCount = async (id: string) => (await t.call('GET', `/api/stories/${id}`)).json as Story;

describe('the hourly limit on new stories', () => {
  it('answers the sixth story by one person with 429 and stores only five', async () => {
    const author = newResident('prolific');
    const body = (n: number) => makeStoryInput({ title: `Erinnerung Nummer ${n}` });
    for (let n = 1; n <= 5; n++) {
      expect((await t.call('POST', '/api/stories', { as: author, body: body(n) })).status).toBe(
        201,
      );
    }
    expectRateLimited(await t.call('POST', '/api/stories', { as: author, body: body(6) }));
    const mine = await readAllPages(t, '/api/me/stories?limit=50', { as: author });
    expect(mine).toHaveLength(5);
  });

  it('leaves other people and the same person’s other actions alone', async () => {
    const author = newResident('prolific');
    for (let n = 1; n <= 5; n++) {
      await t.call('POST', '/api/stories', { as: author, body: makeStoryInput() });
    }
    expect(
      (await t.call('POST', '/api/stories', { as: author, body: makeStoryInput() })).status,
    ).toBe(429);
    expect((await t.call('POST', '/api/stories', { as: ben, body: makeStoryInput() })).status).toBe(
      201,
    );
    const [story] = await publishMany(1);
    expect(
      (await postComment(t, author, story!.id, 'Trotzdem darf ich kommentieren.')).status,
    ).toBe('published');
  });
});

describe('the hourly limit on comments', () => {
  it('answers the 31st comment by one person with 429 and does not count it', async () => {
    const [story] = await publishMany(1);
    const commenter = newResident('chatty');
    for (let n = 1; n <= 30; n++) await postComment(t, commenter, story!.id, `Kommentar ${n}`);
    const res = await t.call('POST', `/api/stories/${story!.id}/comments`, {
      as: commenter,
      body: { body: 'Kommentar 31' },
    });
    expectRateLimited(res);
    expect((await storyCount(story!.id)).commentCount).toBe(30);
    await postComment(t, ben, story!.id, 'Ich darf noch.');
    expect((await storyCount(story!.id)).commentCount).toBe(31);
  });
});

describe('the hourly limit on reports', () => {
  it('answers the 21st report by one person with 429; a repeat and other people still pass', async () => {
    const stories = await publishMany(21);
    const reporter = newResident('reporter');
    for (const story of stories.slice(0, 20)) {
      expect((await report(t, reporter, { storyId: story.id })).status).toBe(201);
    }
    const last = stories[20]!.id;
    expectRateLimited(await report(t, reporter, { storyId: last }));
    const reported = (await queueEntries(t, 'reports')).map((entry) => entry.id);
    expect(reported).not.toContain(last);
    expect(reported).toEqual(expect.arrayContaining(stories.slice(0, 20).map((s) => s.id)));
    const repeat = await report(t, reporter, { storyId: stories[0]!.id });
    expect(repeat.status).toBe(200);
    expect(repeat.json.created).toBe(false);
    expect((await report(t, ben, { storyId: last })).status).toBe(201);
  });
});

describe('the hourly limit on support', () => {
  it('answers the 121st vote or unvote by one person with 429 and changes no count', async () => {
    const stories = await publishMany(2);
    const supporter = newResident('supporter');
    // 116 changes counted already; then supporting and withdrawing on two stories: four more.
    await useUpLimit(supporter, 'vote', HOURLY_LIMITS.vote - 4);
    for (const method of ['PUT', 'DELETE']) {
      const answers = await Promise.all(
        stories.map((s) => t.call(method, `/api/stories/${s.id}/vote`, { as: supporter })),
      );
      expect(answers.map((res) => res.status)).toEqual([200, 200]);
      expect(answers.map((res) => res.json.voted)).toEqual(stories.map(() => method === 'PUT'));
    }
    const first = stories[0]!.id;
    expectRateLimited(await t.call('PUT', `/api/stories/${first}/vote`, { as: supporter }));
    expect((await storyCount(first)).voteCount).toBe(0);
    expect((await t.call('PUT', `/api/stories/${first}/vote`, { as: ben })).json.voteCount).toBe(1);
  });
});

describe('the hourly limit on edits', () => {
  it('answers the 21st edit by one person with 429 and keeps the 20th', async () => {
    const author = newResident('editor');
    const [story, other] = [
      await t.call('POST', '/api/stories', { as: author, body: makeStoryInput() }),
      await t.call('POST', '/api/stories', { as: author, body: makeStoryInput() }),
    ].map((res) => res.json as Story);
    await useUpLimit(author, 'edit', HOURLY_LIMITS.edit - 2);
    const edit = (id: string, title: string) =>
      t.call('PATCH', `/api/stories/${id}`, { as: author, body: { title } });
    expect((await edit(story!.id, 'Die 19. Fassung')).status).toBe(200);
    expect((await edit(other!.id, 'Die 20. Fassung')).status).toBe(200);
    expectRateLimited(await edit(story!.id, 'Die 21. Fassung'));
    const stored = await t.call('GET', `/api/stories/${story!.id}`, { as: author });
    expect(stored.json.title).toBe('Die 19. Fassung');
    const byOther = await t.call('POST', '/api/stories', { as: ben, body: makeStoryInput() });
    expect(
      (
        await t.call('PATCH', `/api/stories/${byOther.json.id}`, {
          as: ben,
          body: { title: 'Bens eigene Fassung' },
        })
      ).status,
    ).toBe(200);
  });
});
