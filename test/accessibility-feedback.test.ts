import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../shared/schemas/problem';
import type { AccessibilityFeedback } from '../shared/schemas/feedback';
import { HOURLY_LIMITS } from '../functions/src/core/rate-limit';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';

const { anna, kai: curator, mia: moderator } = PERSONAS;
const PATH = '/api/feedback/accessibility';
const LIST = '/api/curation/accessibility-feedback';
const HOUR_MS = 3_600_000;

let t: TestApp;
let hour = 0;
beforeAll(async () => {
  t = await createTestApp();
});

/**
 * Moves the app's clock into an hour of its own, so that each test's anonymous feedback (all of
 * it from one caller: in-process requests have no address) starts with a fresh hourly counter.
 */
function freshHour() {
  const at = new Date(Date.UTC(2026, 10, 2, 0, 0, 0) + ++hour * HOUR_MS + 60_000);
  t.deps.now = () => at;
  return at;
}

const send = (body: unknown, as?: typeof anna) => t.call('POST', PATH, { body, as });
const list = (query = '', as: typeof anna | null = curator) =>
  t.call('GET', `${LIST}${query}`, { as: as ?? undefined });

describe('sending feedback on a barrier', () => {
  it('takes it from anyone without a sign-in and stores it with a one-year TTL', async () => {
    const at = freshHour();
    const body = {
      page: '/barrierefreiheit',
      description: '  Der Kontrast der Fußzeile ist für mich zu schwach.  ',
      contact: 'leser@example.org',
    };
    const res = await send(body);
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(LIST);
    expect(res.json).toEqual({ id: expect.any(String), receivedAt: at.toISOString() });

    const { Item } = await t.deps.db.doc.send(
      new GetCommand({
        TableName: t.deps.db.tableName,
        Key: { pk: 'FEEDBACK#ACCESSIBILITY', sk: res.json.id },
      }),
    );
    expect(Item).toMatchObject({
      description: 'Der Kontrast der Fußzeile ist für mich zu schwach.',
      contact: 'leser@example.org',
      page: '/barrierefreiheit',
    });
    const oneYear = Math.floor(at.getTime() / 1000) + 365 * 86_400;
    expect(Item!.expiresAt).toBe(oneYear);
  });

  it('needs only the description', async () => {
    freshHour();
    const res = await send({ description: 'Das Formular lässt sich nicht vergrößern.' }, anna);
    expect(res.status).toBe(201);
  });

  it('answers bad input with 400 and an error for each field, and stores nothing', async () => {
    freshHour();
    const before = (await list('?limit=50')).json.items.length;
    const cases: [unknown, string[]][] = [
      [{}, ['description']],
      [{ description: 'zu kurz' }, ['description']],
      [{ description: 'x'.repeat(4001) }, ['description']],
      [
        { description: '\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B' },
        ['description'],
      ],
      [{ description: 'Eine lange Beschreibung', contact: 'a\u202Eb' }, ['contact']],
      [{ description: 'Eine lange Beschreibung', page: 7 }, ['page']],
      [{ description: 'Eine lange Beschreibung', secret: 'x' }, ['(body)']],
    ];
    for (const [body, paths] of cases) {
      const res = await send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = ProblemSchema.parse(res.json);
      expect(problem.errors?.map((e) => e.path).sort(), JSON.stringify(body)).toEqual(paths);
    }
    expect((await list('?limit=50')).json.items).toHaveLength(before);
  });

  it(`limits one caller to ${HOURLY_LIMITS.feedback} an hour with 429 and Retry-After`, async () => {
    freshHour();
    for (let n = 0; n < HOURLY_LIMITS.feedback; n++) {
      expect((await send({ description: `Barriere Nummer ${n} gefunden` })).status).toBe(201);
    }
    const limited = await send({ description: 'Eine Barriere zu viel' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.json).toMatchObject({ type: '/problems/rate-limited' });
    // A signed-in person is counted on their own.
    expect((await send({ description: 'Meine eigene Rückmeldung' }, anna)).status).toBe(201);
  });
});

describe('the curators’ list of feedback', () => {
  it('shows curators the feedback newest first, with the contact detail', async () => {
    freshHour();
    const first = await send({ description: 'Erste Rückmeldung zur Seite', contact: '0234 123' });
    const later = new Date(t.deps.now().getTime() + 1000);
    t.deps.now = () => later;
    const second = await send({ description: 'Zweite Rückmeldung zur Seite', page: '/' });
    const res = await list('?limit=2');
    expect(res.status).toBe(200);
    const items = res.json.items as AccessibilityFeedback[];
    expect(items.map((f) => f.id)).toEqual([second.json.id, first.json.id]);
    expect(items[1]).toEqual({
      id: first.json.id,
      description: 'Erste Rückmeldung zur Seite',
      contact: '0234 123',
      receivedAt: first.json.receivedAt,
    });
  });

  it('pages with sealed cursors that other lists refuse', async () => {
    freshHour();
    const all = (await list('?limit=50')).json.items as AccessibilityFeedback[];
    expect(all.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.json.items.map((f: AccessibilityFeedback) => f.id));
      cursor = res.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((f) => f.id));

    const page = await list('?limit=1');
    const notices = await t.call('GET', `/api/curation/notices?cursor=${page.json.nextCursor}`, {
      as: curator,
    });
    expect(notices.status).toBe(400);
    expect((await list('?cursor=forged')).status).toBe(400);
  });

  it('refuses anonymous callers with 401 and residents and moderators with 403', async () => {
    expect((await list('', null)).status).toBe(401);
    expect((await list('', anna)).status).toBe(403);
    const asModerator = await list('', moderator);
    expect(asModerator.status).toBe(403);
    expect(ProblemSchema.parse(asModerator.json).errors).toBeUndefined();
  });
});
