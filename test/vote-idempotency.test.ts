import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newResident, publishStory } from './support/story-flow';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('PUT /api/stories/{id}/vote with an Idempotency-Key', () => {
  it('answers a retry of the same click like the first, counting it once', async () => {
    const story = await publishStory(t, newResident());
    const voter = newResident();
    const headers = { 'idempotency-key': randomUUID() };
    const first = await t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter, headers });
    const retry = await t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter, headers });
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.json).toEqual({ voted: true, voteCount: 1 });
  });

  it('answers retries sent at once with 200, counting once', async () => {
    const story = await publishStory(t, newResident());
    const voter = newResident();
    const headers = { 'idempotency-key': randomUUID() };
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter, headers }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const page = await t.call('GET', `/api/stories/${story.id}`);
    expect(page.json.voteCount).toBe(1);
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
