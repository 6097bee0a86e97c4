import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../shared/schemas/moderation';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import {
  decide,
  newModerator,
  newResident,
  publishStory,
  readAllPages,
  submitStory,
} from './support/story-flow';

const { anna, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('GET /api/moderation/log and /api/moderation/log/{id}', () => {
  const other = newModerator('log');
  let id: string;
  let rejected: string;
  beforeAll(async () => {
    id = (await submitStory(t, newResident('log'))).id;
    await decide(t, id, 'approve');
    await decide(t, id, 'hide', 'Persönliche Daten Dritter.', other);
    await decide(t, id, 'restore', undefined, mia);
    rejected = (await submitStory(t, newResident('log'))).id;
    await decide(t, rejected, 'reject', 'Kein Bezug zum Thema.', other);
  });

  it.each(['/api/moderation/log', '/api/moderation/log/X'])(
    'refuses %s to an anonymous caller with 401, a resident and a curator with 403',
    async (path) => {
      expect((await t.call('GET', path)).status).toBe(401);
      expect((await t.call('GET', path, { as: anna })).status).toBe(403);
      expect((await t.call('GET', path, { as: kai })).status).toBe(403);
    },
  );

  it('lists the decisions on one story newest first, with actor, reason and statuses', async () => {
    const res = await t.call('GET', `/api/moderation/log/${id}`, { as: mia });
    expect(res.status).toBe(200);
    expect(res.json.items).toMatchObject([
      {
        entityType: 'story',
        entityId: id,
        decision: 'restore',
        fromStatus: 'hidden',
        toStatus: 'published',
        actorSub: mia.sub,
        actorName: mia.name,
      },
      {
        decision: 'hide',
        reason: 'Persönliche Daten Dritter.',
        fromStatus: 'published',
        toStatus: 'hidden',
        actorSub: other.sub,
        actorName: other.name,
      },
      { decision: 'approve', fromStatus: 'pending', toStatus: 'published', actorSub: mia.sub },
    ]);
    expect(res.json.items[0]).not.toHaveProperty('reason');
    const times = res.json.items.map((e: AuditEntry) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    for (const entry of res.json.items) expect(entry).not.toHaveProperty('pk');
  });

  it('lists every decision of the platform newest first', async () => {
    const res = await t.call('GET', '/api/moderation/log?limit=50', { as: mia });
    expect(res.status).toBe(200);
    const items = res.json.items as AuditEntry[];
    expect(items.map((e) => `${e.entityId === id ? 'a' : 'b'}:${e.decision}`)).toEqual([
      'b:reject',
      'a:restore',
      'a:hide',
      'a:approve',
    ]);
    expect(items[0]).toMatchObject({
      entityId: rejected,
      reason: 'Kein Bezug zum Thema.',
      fromStatus: 'pending',
      toStatus: 'rejected',
      actorSub: other.sub,
    });
  });

  it('pages the log with a cursor that only fits its own list', async () => {
    const pages: string[][] = [];
    const all = await readAllPages<AuditEntry>(t, '/api/moderation/log?limit=1', {
      as: mia,
      onPage: (page) => pages.push(page.items.map((e) => e.decision)),
    });
    expect(all.map((e) => e.decision)).toEqual(['reject', 'restore', 'hide', 'approve']);
    expect(pages.every((page) => page.length <= 1)).toBe(true);
    const first = await t.call('GET', '/api/moderation/log?limit=1', { as: mia });
    const wrong = await t.call('GET', `/api/moderation/log/${id}?cursor=${first.json.nextCursor}`, {
      as: mia,
    });
    expect(wrong.status).toBe(400);
  });

  it('refuses a cursor of the platform log on the log of one item', async () => {
    const story = await publishStory(t, newResident());
    await decide(t, story.id, 'hide', 'Prüfung');
    const page = await t.call('GET', '/api/moderation/log?limit=1', { as: mia });
    const cursor = encodeURIComponent(page.json.nextCursor);
    for (const path of [
      `/api/moderation/log/*?cursor=${cursor}`,
      `/api/moderation/log/${story.id}?cursor=${cursor}`,
    ]) {
      const res = await t.call('GET', path, { as: mia });
      expect(res.status).toBe(400);
    }
  });

  it('answers an empty list for an item nobody decided on', async () => {
    const { id: waiting } = await submitStory(t, newResident('log'));
    const res = await t.call('GET', `/api/moderation/log/${waiting}`, { as: mia });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ items: [], nextCursor: null });
  });

  it('answers 404 for an id that is no story or comment', async () => {
    for (const path of [
      '/api/moderation/log/01JZZZZZZZZZZZZZZZZZZZZZZZ',
      '/api/moderation/log/nothing-here',
      `/api/moderation/log/01JZZZZZZZZZZZZZZZZZZZZZZZ?storyId=${id}`,
    ]) {
      const res = await t.call('GET', path, { as: mia });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('costs one Query and one BatchGetItem (the moderators’ names as they are now)', async () => {
    t.requests.reset();
    await t.call('GET', `/api/moderation/log/${id}`, { as: mia });
    expect(t.requests.sent()).toEqual(['Query', 'BatchGetItem']);
    t.requests.reset();
    await t.call('GET', '/api/moderation/log', { as: mia });
    expect(t.requests.sent()).toEqual(['Query', 'BatchGetItem']);
  });
});
