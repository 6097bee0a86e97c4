import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newResident, publishStory } from './support/story-flow';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let cancelled: ReturnType<typeof watchCancelledTransactions>;
beforeAll(async () => {
  t = await createTestApp();
  cancelled = watchCancelledTransactions(t);
});

/**
 * Counts the app's TransactWriteItems that DynamoDB cancelled. A repeat without a key is turned
 * away by the vote's own condition (a cancellation); a retry with its key is answered by DynamoDB
 * from the ClientRequestToken (a success that writes nothing). It observes; it changes nothing.
 */
function watchCancelledTransactions(app: TestApp) {
  let count = 0;
  app.deps.db.doc.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        if (
          /^TransactWrite/.test(String(context.commandName)) &&
          name === 'TransactionCanceledException'
        )
          count++;
        throw error;
      }
    },
    { step: 'initialize', name: 'watchCancelledTransactions' },
  );
  return { reset: () => void (count = 0), count: () => count };
}

describe('PUT /api/stories/{id}/vote with an Idempotency-Key', () => {
  it('answers a retry of the same click like the first, counting it once', async () => {
    const story = await publishStory(t, newResident());
    const voter = newResident();
    const headers = { 'idempotency-key': randomUUID() };
    const first = await t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter, headers });
    cancelled.reset();
    const retry = await t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter, headers });
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.json).toEqual({ voted: true, voteCount: 1 });
    // Answered from the key, not turned away by the vote's condition as a repeat without one is.
    expect(cancelled.count()).toBe(0);
  });

  it('answers a late retry with the state as it is: no support once it was withdrawn in between', async () => {
    const story = await publishStory(t, newResident());
    const voter = newResident();
    const support = (key: string) =>
      t.call('PUT', `/api/stories/${story.id}/vote`, {
        as: voter,
        headers: { 'idempotency-key': key },
      });
    const click = randomUUID();
    expect((await support(click)).json).toEqual({ voted: true, voteCount: 1 });
    await t.call('DELETE', `/api/stories/${story.id}/vote`, { as: voter });
    // The retry is the first click again, which is done: it must not support a second time.
    const retry = await support(click);
    expect(retry.status).toBe(200);
    expect(retry.json).toEqual({ voted: false, voteCount: 0 });
    expect((await t.call('GET', `/api/stories/${story.id}`)).json.voteCount).toBe(0);
    // A new click, with a key of its own, is a new support.
    expect((await support(randomUUID())).json).toEqual({ voted: true, voteCount: 1 });
  });

  it('answers retries sent at once with 200, counting once', async () => {
    const story = await publishStory(t, newResident());
    const voter = newResident();
    const headers = { 'idempotency-key': randomUUID() };
    // The voter's profile first: five first requests at once would each try to make it.
    await t.tokenFor(voter);
    cancelled.reset();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter, headers }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const page = await t.call('GET', `/api/stories/${story.id}`);
    expect(page.json.voteCount).toBe(1);
    // Each retry was answered from the key; without one, four would be cancelled by the condition.
    expect(cancelled.count()).toBe(0);
  });

  it('does not let the same key from two people collide', async () => {
    const story = await publishStory(t, newResident());
    const headers = { 'idempotency-key': randomUUID() };
    await t.call('PUT', `/api/stories/${story.id}/vote`, { as: newResident(), headers });
    const other = await t.call('PUT', `/api/stories/${story.id}/vote`, {
      as: newResident(),
      headers,
    });
    expect(other.json).toEqual({ voted: true, voteCount: 2 });
  });

  it('treats the same key on withdrawing support as a new action', async () => {
    const story = await publishStory(t, newResident());
    const voter = newResident();
    const headers = { 'idempotency-key': randomUUID() };
    await t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter, headers });
    const withdraw = await t.call('DELETE', `/api/stories/${story.id}/vote`, {
      as: voter,
      headers,
    });
    expect(withdraw.json).toEqual({ voted: false, voteCount: 0 });
  });
});
