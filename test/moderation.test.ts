import { beforeAll, describe, expect, it } from 'vitest';
import type { QueueEntry } from '../shared/schemas/moderation';
import type { StoryCard } from '../shared/schemas/story';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import {
  decide,
  newModerator,
  newResident,
  publishStory,
  readAllPages,
  submitStory,
} from './support/story-flow';

const { anna, ben, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const queue = () =>
  readAllPages<QueueEntry>(t, '/api/moderation/queue?kind=stories&limit=50', { as: mia });
const feedIds = async () =>
  (await readAllPages<StoryCard>(t, '/api/stories?limit=50')).map((card) => card.id);
const decision = (id: string, as: Persona | undefined, body: unknown) =>
  t.call('POST', `/api/moderation/stories/${id}/decision`, { as, body });

describe('GET /api/moderation/queue', () => {
  it('refuses an anonymous caller with 401', async () => {
    const res = await t.call('GET', '/api/moderation/queue?kind=stories');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it.each([
    ['a resident', anna],
    ['a curator', kai],
  ])('refuses %s with 403', async (_, persona) => {
    const res = await t.call('GET', '/api/moderation/queue?kind=stories', { as: persona });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it('lists pending stories oldest first, with age, flags and the full story', async () => {
    const older = await submitStory(t, newResident('queue'), { title: 'Zuerst eingereicht' });
    const newer = await submitStory(t, newResident('queue'), { title: 'Danach eingereicht' });
    const res = await t.call('GET', '/api/moderation/queue?kind=stories&limit=50', { as: mia });
    expect(res.status).toBe(200);
    const items = res.json.items;
    const ids = items.map((item: QueueEntry) => item.id);
    expect(ids.indexOf(older.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(older.id)).toBeLessThan(ids.indexOf(newer.id));
    const submitted = items.map((item: QueueEntry) => item.submittedAt);
    expect(submitted).toEqual([...submitted].sort());
    const item = items.find((i: QueueEntry) => i.id === older.id);
    expect(item).toMatchObject({
      kind: 'story',
      submittedAt: older.createdAt,
      flags: [],
      story: {
        id: older.id,
        status: 'pending',
        title: 'Zuerst eingereicht',
        body: older.body,
        consent: older.consent,
        place: { lat: 51.50374, lng: 7.17612 },
        isOwn: false,
      },
    });
    const age = (Date.now() - Date.parse(older.createdAt)) / 1000;
    expect(item.ageSeconds).toBeGreaterThanOrEqual(0);
    expect(Math.abs(item.ageSeconds - age)).toBeLessThanOrEqual(2);
  });

  it('costs exactly one Query', async () => {
    t.requests.reset();
    await t.call('GET', '/api/moderation/queue?kind=stories', { as: mia });
    expect(t.requests.sent()).toEqual(['Query']);
  });

  it('pages with a cursor, oldest first without duplicates', async () => {
    for (let i = 0; i < 3; i++) await submitStory(t, newResident('queue-page'));
    const pages: string[][] = [];
    await readAllPages<QueueEntry>(t, '/api/moderation/queue?kind=stories&limit=2', {
      as: mia,
      onPage: (page) => pages.push(page.items.map((item) => item.id)),
    });
    const all = pages.flat();
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual((await queue()).map((item) => item.id));
  });
});

describe('POST /api/moderation/stories/{id}/decision', () => {
  it('refuses an anonymous caller with 401, a resident and a curator with 403', async () => {
    const { id } = await submitStory(t, newResident('authz'));
    expect((await decision(id, undefined, { decision: 'approve' })).status).toBe(401);
    expect((await decision(id, ben, { decision: 'approve' })).status).toBe(403);
    expect((await decision(id, kai, { decision: 'approve' })).status).toBe(403);
    expect((await t.call('GET', `/api/stories/${id}`, { as: mia })).json.status).toBe('pending');
  });

  it('refuses the author of the story, who is not a moderator, with 403', async () => {
    const author = newResident('self-approve');
    const { id } = await submitStory(t, author);
    expect((await decision(id, author, { decision: 'approve' })).status).toBe(403);
  });

  it('refuses a moderator any decision on their own story with 403; another may decide', async () => {
    const moderator = newModerator('own-story');
    const { id } = await submitStory(t, moderator);
    for (const body of [
      { decision: 'approve' },
      { decision: 'reject', reason: 'Doch nicht.' },
      { decision: 'request-changes', reason: 'Bitte kürzen.' },
    ]) {
      const res = await decision(id, moderator, body);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch('application/problem+json');
      expect(res.json.type).toBe('/problems/own-item');
    }
    expect((await t.call('GET', `/api/stories/${id}`, { as: moderator })).json.status).toBe(
      'pending',
    );
    const log = await t.call('GET', `/api/moderation/log/${id}`, { as: mia });
    expect(log.json.items).toEqual([]);
    expect((await decision(id, mia, { decision: 'approve' })).status).toBe(200);
    const hide = await decision(id, moderator, { decision: 'hide', reason: 'Zu privat.' });
    expect(hide.status).toBe(403);
    expect((await t.call('GET', `/api/stories/${id}`)).json.status).toBe('published');
  });

  it('answers 404 for an unknown story', async () => {
    const res = await decision('01JZZZZZZZZZZZZZZZZZZZZZZZ', mia, { decision: 'approve' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it('publishes on approve: into the feed and out of the queue', async () => {
    const { id } = await submitStory(t, newResident('approve'));
    expect((await queue()).map((item) => item.id)).toContain(id);
    expect(await feedIds()).not.toContain(id);
    const res = await decision(id, mia, { decision: 'approve' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id, status: 'published', publishedAt: expect.any(String) });
    expect(await feedIds()).toContain(id);
    expect((await queue()).map((item) => item.id)).not.toContain(id);
    expect((await t.call('GET', `/api/stories/${id}`)).status).toBe(200);
  });

  it.each(['reject', 'request-changes', 'hide'])(
    'requires a reason for %s (400 naming reason)',
    async (kind) => {
      const { id } = await submitStory(t, newResident('reason'));
      for (const body of [{ decision: kind }, { decision: kind, reason: '   ' }]) {
        const res = await decision(id, mia, body);
        expect(res.status).toBe(400);
        expect(res.json.errors.map((e: { path: string }) => e.path)).toContain('reason');
      }
      expect((await t.call('GET', `/api/stories/${id}`, { as: mia })).json.status).toBe('pending');
    },
  );

  it('refuses an unknown decision with 400 naming decision', async () => {
    const { id } = await submitStory(t, newResident('unknown-decision'));
    const res = await decision(id, mia, { decision: 'publish' });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toContain('decision');
  });

  it('rejects with a reason: the story leaves the queue and stays private', async () => {
    const { id } = await submitStory(t, newResident('reject'));
    const res = await decision(id, mia, { decision: 'reject', reason: 'Enthält Werbung.' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: 'rejected',
      lastDecision: { reason: 'Enthält Werbung.' },
    });
    expect((await queue()).map((item) => item.id)).not.toContain(id);
    expect((await t.call('GET', `/api/stories/${id}`)).status).toBe(404);
  });

  it('answers a second approve with 409', async () => {
    const { id } = await submitStory(t, newResident('twice'));
    expect((await decision(id, mia, { decision: 'approve' })).status).toBe(200);
    const again = await decision(id, mia, { decision: 'approve' });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toMatch('application/problem+json');
    expect((await decision(id, mia, { decision: 'reject', reason: 'Zu spät.' })).status).toBe(409);
    expect((await decision(id, mia, { decision: 'restore' })).status).toBe(409);
  });

  it('lets exactly one of two moderators deciding at once win, and logs it once', async () => {
    const second = newModerator('second');
    const outcomes: string[] = [];
    for (let round = 0; round < 10; round++) {
      const { id } = await submitStory(t, newResident('race'));
      const [a, b] = await Promise.all([
        decision(id, mia, { decision: 'approve' }),
        decision(id, second, { decision: 'approve' }),
      ]);
      outcomes.push(`${a.status}/${b.status}`);
      expect([a.status, b.status].sort(), `rounds so far: ${outcomes.join(' ')}`).toEqual([
        200, 409,
      ]);
      const log = await t.call('GET', `/api/moderation/log/${id}`, { as: mia });
      expect(log.json.items).toHaveLength(1);
      const winner = a.status === 200 ? mia : second;
      expect(log.json.items[0]).toMatchObject({ actorSub: winner.sub, decision: 'approve' });
    }
  });

  it('hides a published story from the public and restores it with its counts', async () => {
    const author = newResident('hide');
    const { id } = await publishStory(t, author);
    for (const sub of ['u-hide-fan-1', 'u-hide-fan-2']) {
      const as = { sub, name: sub, groups: [] };
      expect((await t.call('PUT', `/api/stories/${id}/vote`, { as })).status).toBe(200);
    }
    const comment = await t.call('POST', `/api/stories/${id}/comments`, {
      as: ben,
      body: { body: 'Genau so war es bei uns auch.' },
    });
    expect(comment.status).toBe(201);

    const hidden = await decision(id, mia, { decision: 'hide', reason: 'Gemeldet, wird geprüft.' });
    expect(hidden.status).toBe(200);
    expect(hidden.json.status).toBe('hidden');
    expect(await feedIds()).not.toContain(id);
    expect((await t.call('GET', `/api/stories/${id}`)).status).toBe(404);
    expect((await t.call('GET', `/api/stories/${id}`, { as: ben })).status).toBe(404);
    expect((await t.call('GET', `/api/stories/${id}`, { as: author })).json.status).toBe('hidden');
    expect((await t.call('GET', `/api/stories/${id}`, { as: mia })).json.status).toBe('hidden');

    const restored = await decision(id, mia, { decision: 'restore' });
    expect(restored.status).toBe(200);
    expect(restored.json.status).toBe('published');
    const cards = await readAllPages<StoryCard>(t, '/api/stories?limit=50');
    expect(cards.find((card) => card.id === id)).toMatchObject({ voteCount: 2, commentCount: 1 });
    const top = await readAllPages<StoryCard>(t, '/api/stories?sort=top&limit=50');
    expect(top[0]).toMatchObject({ id, voteCount: 2 });
    expect((await t.call('GET', `/api/stories/${id}`)).json).toMatchObject({
      status: 'published',
      voteCount: 2,
      commentCount: 1,
    });
  });

  it('costs exactly a GetItem and a TransactWriteItems', async () => {
    const { id } = await submitStory(t, newResident('budget'));
    t.requests.reset();
    await decide(t, id, 'approve');
    expect(t.requests.sent()).toEqual(['GetItem', 'TransactWriteItems']);
    t.requests.reset();
    await decide(t, id, 'hide', 'Prüfung.');
    expect(t.requests.sent()).toEqual(['GetItem', 'TransactWriteItems']);
  });
});
