import { beforeAll, describe, expect, it } from 'vitest';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { StoryCard } from '../shared/schemas/story';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { decide, newResident, publishStory, readAllPages, submitStory } from './support/story-flow';

const { anna, ben, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const vote = (method: 'PUT' | 'DELETE', id: string, as?: Persona) =>
  t.call(method, `/api/stories/${id}/vote`, { as });
const person = (label: string, i: number): Persona => ({
  sub: `u-${label}-${i}`,
  name: `${label} ${i}`,
  groups: [],
});
const storyCount = async (id: string) => (await t.call('GET', `/api/stories/${id}`)).json.voteCount;
async function card(id: string, query = '') {
  const cards = await readAllPages<StoryCard>(t, `/api/stories?limit=50${query}`);
  return cards.find((c) => c.id === id);
}

describe('PUT and DELETE /api/stories/{id}/vote', () => {
  let id: string;
  beforeAll(async () => {
    id = (await publishStory(t, anna)).id;
  });

  it.each(['PUT', 'DELETE'] as const)('refuses an anonymous %s with 401', async (method) => {
    const res = await vote(method, id);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
    expect(await storyCount(id)).toBe(0);
  });

  it.each(['PUT', 'DELETE'] as const)('answers %s on an unknown story with 404', async (method) => {
    const res = await vote(method, '01JZZZZZZZZZZZZZZZZZZZZZZZ', ben);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it.each([
    ['a resident', ben],
    ['the author', anna],
    ['a moderator', mia],
    ['a curator', kai],
  ])('lets %s support and withdraw', async (_, persona) => {
    const story = await publishStory(t, newResident('vote-role'));
    expect((await vote('PUT', story.id, persona)).json).toEqual({ voted: true, voteCount: 1 });
    expect(await storyCount(story.id)).toBe(1);
    expect((await vote('DELETE', story.id, persona)).json).toEqual({ voted: false, voteCount: 0 });
    expect(await storyCount(story.id)).toBe(0);
  });

  it('is idempotent: two supports count once, two withdrawals leave zero', async () => {
    const story = await publishStory(t, newResident('idempotent'));
    expect((await vote('PUT', story.id, ben)).json).toEqual({ voted: true, voteCount: 1 });
    expect((await vote('PUT', story.id, ben)).json).toEqual({ voted: true, voteCount: 1 });
    expect(await storyCount(story.id)).toBe(1);
    expect((await vote('DELETE', story.id, ben)).json).toEqual({ voted: false, voteCount: 0 });
    expect((await vote('DELETE', story.id, ben)).json).toEqual({ voted: false, voteCount: 0 });
    expect(await storyCount(story.id)).toBe(0);
    expect(await card(story.id)).toMatchObject({ voteCount: 0 });
  });

  it('answers 409 to the author of a pending story, and 404 to everyone else', async () => {
    const author = newResident('pending-vote');
    const pending = await submitStory(t, author);
    const own = await vote('PUT', pending.id, author);
    expect(own.status).toBe(409);
    expect(own.headers.get('content-type')).toMatch('application/problem+json');
    expect((await vote('PUT', pending.id, mia)).status).toBe(409);
    expect((await vote('PUT', pending.id, ben)).status).toBe(404);
    expect((await vote('PUT', pending.id, kai)).status).toBe(404);
    await decide(t, pending.id, 'approve');
    expect((await t.call('GET', `/api/stories/${pending.id}`)).json.voteCount).toBe(0);
  });

  it('refuses support for a hidden story: 409 for its author, 404 for others', async () => {
    const author = newResident('hidden-vote');
    const story = await publishStory(t, author);
    await decide(t, story.id, 'hide', 'Wird geprüft.');
    expect((await vote('PUT', story.id, author)).status).toBe(409);
    expect((await vote('PUT', story.id, ben)).status).toBe(404);
    await decide(t, story.id, 'restore');
    expect(await storyCount(story.id)).toBe(0);
  });

  it('costs a TransactWriteItems and a GetItem that reads the count', async () => {
    t.requests.reset();
    await vote('PUT', id, person('budget', 1));
    expect(t.requests.sent()).toEqual(['TransactWriteItems', 'GetItem']);
    t.requests.reset();
    await vote('DELETE', id, person('budget', 1));
    expect(t.requests.sent()).toEqual(['TransactWriteItems', 'GetItem']);
  });
});

describe('support under concurrency', () => {
  it('counts 50 people supporting one story at once exactly, in the story, the feed and top', async () => {
    const story = await publishStory(t, newResident('burst'), { language: 'el' });
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => vote('PUT', story.id, person('burst', i))),
    );
    const ms = Math.round(performance.now() - started);
    const statuses = answers.map((a) => a.status);
    expect(
      statuses.filter((s) => s !== 200),
      `statuses after ${ms} ms`,
    ).toEqual([]);
    expect(Math.max(...answers.map((a) => a.json.voteCount))).toBe(50);
    expect(await storyCount(story.id)).toBe(50);
    expect(await card(story.id)).toMatchObject({ voteCount: 50 });
    expect(await card(story.id, '&language=el')).toMatchObject({ voteCount: 50 });
    const top = await readAllPages<StoryCard>(t, '/api/stories?sort=top&limit=50');
    expect(top[0]).toMatchObject({ id: story.id, voteCount: 50 });
  });

  it('counts one person sending 20 supports at once exactly once', async () => {
    const story = await publishStory(t, newResident('repeat'));
    const fan = person('repeat', 1);
    const answers = await Promise.all(Array.from({ length: 20 }, () => vote('PUT', story.id, fan)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.every((a) => a.json.voted === true && a.json.voteCount === 1)).toBe(true);
    expect(await storyCount(story.id)).toBe(1);
    expect(await card(story.id)).toMatchObject({ voteCount: 1 });
  });

  it('keeps the count exact when supports and withdrawals interleave', async () => {
    const story = await publishStory(t, newResident('mixed'));
    const people = Array.from({ length: 20 }, (_, i) => person('mixed', i));
    await Promise.all(people.map((p) => vote('PUT', story.id, p)));
    const answers = await Promise.all(
      people.flatMap((p, i) =>
        i % 2 === 0 ? [vote('DELETE', story.id, p)] : [vote('PUT', story.id, p)],
      ),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await storyCount(story.id)).toBe(10);
    expect(await card(story.id)).toMatchObject({ voteCount: 10 });
  });

  it('retries a transaction conflict and still counts exactly', async () => {
    // DynamoDB Local serialises transactions and never reports a TransactionConflict (the burst
    // above sees none), so this test injects them: the first attempt of every support fails with
    // the error real DynamoDB sends when two transactions touch the same item.
    const story = await publishStory(t, newResident('conflict'));
    let injected = 0;
    const seen = new Set<string>();
    t.deps.db.doc.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { TransactItems?: { Put?: { Item?: { sk?: string } } }[] };
        const voteSk = input.TransactItems?.[0]?.Put?.Item?.sk;
        // Only the votes' transactions (a first request's profile is made in one too).
        const isVote = voteSk?.startsWith('VOTE#');
        if (context.commandName !== 'TransactWriteItemsCommand' || !isVote || seen.has(voteSk!)) {
          return next(args);
        }
        seen.add(voteSk!);
        injected++;
        throw new TransactionCanceledException({
          message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
          $metadata: {},
          CancellationReasons: input.TransactItems!.map(() => ({ Code: 'TransactionConflict' })),
        });
      },
      { step: 'initialize', name: 'injectTransactionConflicts' },
    );
    try {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => vote('PUT', story.id, person('conflict', i))),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    } finally {
      t.deps.db.doc.middlewareStack.remove('injectTransactionConflicts');
    }
    expect(injected).toBe(10);
    expect(await storyCount(story.id)).toBe(10);
    expect(await card(story.id)).toMatchObject({ voteCount: 10 });
  });
});
