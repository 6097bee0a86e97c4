import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryCard } from '../shared/schemas/story';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { decide, newResident, readAllPages, submitStory } from './support/story-flow';

const { ben, mia } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('GET /api/me/stories', () => {
  it('refuses an anonymous caller with 401', async () => {
    const res = await t.call('GET', '/api/me/stories');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  describe('for a resident with stories in every status', () => {
    const author = newResident('mine');
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      const submit = async (title: string) => (await submitStory(t, author, { title })).id;
      ids.published = await submit('Veröffentlicht');
      await decide(t, ids.published, 'approve');
      ids.rejected = await submit('Abgelehnt');
      await decide(t, ids.rejected, 'reject', 'Das Thema passt nicht zum Archiv.');
      ids.changes = await submit('Zu überarbeiten');
      await decide(t, ids.changes, 'request-changes', 'Bitte die Jahreszahl ergänzen.');
      ids.hidden = await submit('Ausgeblendet');
      await decide(t, ids.hidden, 'approve');
      await decide(t, ids.hidden, 'hide', 'Vorübergehend ausgeblendet.');
      ids.pending = await submit('Wartet');
      // Someone else's stories never show among the author's.
      await submitStory(t, ben, { title: 'Bens Geschichte' });
    });

    it('lists only their own stories, every status, newest first', async () => {
      const res = await t.call('GET', '/api/me/stories', { as: author });
      expect(res.status).toBe(200);
      const items = res.json.items as StoryCard[];
      expect(items.map((s) => s.id)).toEqual([
        ids.pending,
        ids.hidden,
        ids.changes,
        ids.rejected,
        ids.published,
      ]);
      expect(items.map((s) => s.status)).toEqual([
        'pending',
        'hidden',
        'changes-requested',
        'rejected',
        'published',
      ]);
      expect(res.json.nextCursor).toBeNull();
    });

    it("carries the moderator's decision and reason", async () => {
      const items = (await t.call('GET', '/api/me/stories', { as: author })).json
        .items as StoryCard[];
      const byId = new Map(items.map((s) => [s.id, s]));
      expect(byId.get(ids.rejected!)!.lastDecision).toMatchObject({
        decision: 'reject',
        reason: 'Das Thema passt nicht zum Archiv.',
        decidedAt: expect.any(String),
      });
      expect(byId.get(ids.changes!)!.lastDecision).toMatchObject({
        decision: 'request-changes',
        reason: 'Bitte die Jahreszahl ergänzen.',
      });
      expect(byId.get(ids.hidden!)!.lastDecision).toMatchObject({
        decision: 'hide',
        reason: 'Vorübergehend ausgeblendet.',
      });
      expect(byId.get(ids.published!)!.lastDecision).toMatchObject({ decision: 'approve' });
      expect(byId.get(ids.pending!)).not.toHaveProperty('lastDecision');
    });

    it('shows the author their exact place', async () => {
      const items = (await t.call('GET', '/api/me/stories', { as: author })).json
        .items as StoryCard[];
      expect(items[0]!.place).toMatchObject({ lat: 51.50374, lng: 7.17612 });
    });

    it('shows another resident only their own, and a moderator only theirs', async () => {
      const bens = (await t.call('GET', '/api/me/stories', { as: ben })).json.items as StoryCard[];
      expect(bens.map((s) => s.title)).toEqual(['Bens Geschichte']);
      const mias = (await t.call('GET', '/api/me/stories', { as: mia })).json.items as StoryCard[];
      expect(mias).toEqual([]);
    });

    it('costs exactly one Query', async () => {
      t.requests.reset();
      await t.call('GET', '/api/me/stories', { as: author });
      expect(t.requests.sent()).toEqual(['Query']);
    });
  });

  it('pages with a cursor, without duplicates or gaps', async () => {
    const author = newResident('pager');
    const made: string[] = [];
    for (let i = 0; i < 5; i++)
      made.push((await submitStory(t, author, { title: `Teil ${i}` })).id);
    const pages: string[][] = [];
    const items = await readAllPages<StoryCard>(t, '/api/me/stories?limit=2', {
      as: author,
      onPage: (page) => pages.push(page.items.map((s) => s.id)),
    });
    expect(items.map((s) => s.id)).toEqual([...made].reverse());
    expect(pages.filter((page) => page.length > 0).map((page) => page.length)).toEqual([2, 2, 1]);
  });

  it("refuses another person's cursor and a forged one", async () => {
    const author = newResident('cursor');
    for (let i = 0; i < 2; i++) await submitStory(t, author);
    const { nextCursor } = (await t.call('GET', '/api/me/stories?limit=1', { as: author })).json;
    expect(nextCursor).toEqual(expect.any(String));
    const mine = await t.call('GET', `/api/me/stories?limit=1&cursor=${nextCursor}`, {
      as: author,
    });
    expect(mine.status).toBe(200);
    const theirs = await t.call('GET', `/api/me/stories?limit=1&cursor=${nextCursor}`, { as: ben });
    expect(theirs.status).toBe(400);
    expect(theirs.json.type).toMatch(/invalid-cursor$/);
    const forged = await t.call('GET', '/api/me/stories?cursor=eyJ9.AAAA', { as: author });
    expect(forged.status).toBe(400);
  });
});
