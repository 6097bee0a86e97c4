import { beforeAll, describe, expect, it } from 'vitest';
import type { Call } from '../shared/schemas/calls';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { createCall, daysFromNow, makeCallInput, publishedCall } from './support/call-flow';

const { anna, mia, kai } = PERSONAS;
const admin: Persona = { sub: 'u-calls-admin', name: 'Olaf Brandt', groups: ['admins'] };
const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
/** Everyone who is not a curator, signed in: each gets 403 from a curator's route. */
const NOT_CURATORS: [string, Persona][] = [
  ['a resident', anna],
  ['a moderator', mia],
  ['an admin', admin],
];
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const listed = async (as?: Persona) => {
  const res = await t.call('GET', '/api/calls', { as });
  expect(res.status).toBe(200);
  return res.json.items as Call[];
};

describe('POST /api/calls', () => {
  it('refuses anonymous callers (401), and residents, moderators and admins (403)', async () => {
    const body = makeCallInput();
    expect((await t.call('POST', '/api/calls', { body })).status).toBe(401);
    for (const [who, as] of NOT_CURATORS) {
      expect((await t.call('POST', '/api/calls', { as, body })).status, who).toBe(403);
    }
  });

  it('refuses before it validates: a resident with a broken body still gets 403', async () => {
    const res = await t.call('POST', '/api/calls', { as: anna, body: { title: 3 } });
    expect(res.status).toBe(403);
  });

  it('names each invalid field (400), and a call that closes before it opens', async () => {
    const res = await t.call('POST', '/api/calls', {
      as: kai,
      body: { ...makeCallInput(), question: { en: 'No German' }, opensAt: '1. Mai' },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['question.de', 'opensAt']),
    );
    const backwards = await t.call('POST', '/api/calls', {
      as: kai,
      body: makeCallInput({ opensAt: daysFromNow(2), closesAt: daysFromNow(1) }),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.json.errors[0].path).toBe('closesAt');
  });

  it('drafts a call for a curator, in UTC, and says where it lives', async () => {
    const res = await t.call('POST', '/api/calls', {
      as: kai,
      body: makeCallInput({ opensAt: '2026-05-01T08:00:00+02:00', closesAt: undefined }),
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      status: 'draft',
      state: 'draft',
      title: { de: 'Ihr letzter Arbeitstag', en: 'Your last working day' },
      prompts: [{ de: 'Wer war an dem Tag bei Ihnen?' }, { de: 'Was haben Sie mitgenommen?' }],
      themes: ['colliery', 'structural-change'],
      opensAt: '2026-05-01T06:00:00.000Z',
      waitingCount: 0,
    });
    expect(res.json.closesAt).toBeUndefined();
    expect(res.headers.get('location')).toBe(`/api/calls/${res.json.id}`);
  });
});

describe('GET /api/calls and /api/calls/{id}', () => {
  it('keeps drafts invisible to everyone but curators', async () => {
    const draft = await createCall(t);
    for (const as of [undefined, anna, mia, admin]) {
      expect((await listed(as)).map((c) => c.id)).not.toContain(draft.id);
      expect((await t.call('GET', `/api/calls/${draft.id}`, { as })).status).toBe(404);
    }
    expect((await listed(kai)).map((c) => c.id)).toContain(draft.id);
    const seen = await t.call('GET', `/api/calls/${draft.id}`, { as: kai });
    expect(seen.status).toBe(200);
    expect(seen.json).toMatchObject({ status: 'draft', answers: [], waitingCount: 0 });
  });

  it('lists open calls first, then those not open yet, then closed ones, for every role', async () => {
    const closed = await publishedCall(t, {
      title: { de: 'Angekommen im Revier' },
      opensAt: daysFromNow(-60),
      closesAt: daysFromNow(-10),
    });
    const upcoming = await publishedCall(t, { opensAt: daysFromNow(5), closesAt: undefined });
    const open = await publishedCall(t);
    for (const as of [undefined, anna, mia, kai, admin]) {
      const calls = await listed(as);
      const states = calls.map((c) => c.state).filter((s) => s !== 'draft');
      expect(states).toEqual([...states].sort((a, b) => rank(a) - rank(b)));
      const ids = calls.map((c) => c.id);
      expect(ids.indexOf(open.id)).toBeLessThan(ids.indexOf(upcoming.id));
      expect(ids.indexOf(upcoming.id)).toBeLessThan(ids.indexOf(closed.id));
      expect(calls.find((c) => c.id === closed.id)?.state).toBe('closed');
      // Waiting counts are the curators' business.
      expect(calls.some((c) => c.waitingCount !== undefined)).toBe(as === kai);
    }
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of [UNKNOWN, 'not-an-id']) {
      const res = await t.call('GET', `/api/calls/${id}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });

  it('reads a call page in one Query', async () => {
    const call = await publishedCall(t);
    t.requests.reset();
    const res = await t.call('GET', `/api/calls/${call.id}`);
    expect(res.status).toBe(200);
    expect(t.requests.sent()).toEqual(['Query']);
  });
});

const rank = (state: string) => ['open', 'upcoming', 'closed'].indexOf(state);

describe('PATCH /api/calls/{id} and POST /api/calls/{id}/publish', () => {
  it('refuses anonymous callers (401) and everyone but curators (403)', async () => {
    const call = await createCall(t);
    const patch = { title: { de: 'Neu' } };
    expect((await t.call('PATCH', `/api/calls/${call.id}`, { body: patch })).status).toBe(401);
    expect((await t.call('POST', `/api/calls/${call.id}/publish`)).status).toBe(401);
    for (const [who, as] of NOT_CURATORS) {
      expect(
        (await t.call('PATCH', `/api/calls/${call.id}`, { as, body: patch })).status,
        who,
      ).toBe(403);
      expect((await t.call('POST', `/api/calls/${call.id}/publish`, { as })).status, who).toBe(403);
    }
    expect((await listed(anna)).map((c) => c.id)).not.toContain(call.id);
  });

  it('lets a curator change texts, clear the closing time, and publish (idempotent)', async () => {
    const call = await createCall(t);
    const edited = await t.call('PATCH', `/api/calls/${call.id}`, {
      as: kai,
      body: { question: { de: 'Was war anders?' }, closesAt: null },
    });
    expect(edited.status).toBe(200);
    expect(edited.json.question).toEqual({ de: 'Was war anders?' });
    expect(edited.json.closesAt).toBeUndefined();
    expect(edited.json.title.de).toBe('Ihr letzter Arbeitstag');
    for (let i = 0; i < 2; i++) {
      const published = await t.call('POST', `/api/calls/${call.id}/publish`, { as: kai });
      expect(published.status).toBe(200);
      expect(published.json).toMatchObject({ status: 'published', state: 'open' });
    }
    const page = await t.call('GET', `/api/calls/${call.id}`, { as: anna });
    expect(page.status).toBe(200);
    expect(page.json.question).toEqual({ de: 'Was war anders?' });
  });

  it('refuses a patch that is invalid as a whole (400), unknown ids (404), unknown fields (400)', async () => {
    const call = await createCall(t, { opensAt: daysFromNow(-1), closesAt: daysFromNow(3) });
    const backwards = await t.call('PATCH', `/api/calls/${call.id}`, {
      as: kai,
      body: { opensAt: daysFromNow(10) },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.json.errors[0].path).toBe('closesAt');
    const stray = await t.call('PATCH', `/api/calls/${call.id}`, {
      as: kai,
      body: { status: 'x' },
    });
    expect(stray.status).toBe(400);
    expect((await t.call('PATCH', `/api/calls/${UNKNOWN}`, { as: kai, body: {} })).status).toBe(
      404,
    );
    expect((await t.call('POST', `/api/calls/${UNKNOWN}/publish`, { as: kai })).status).toBe(404);
  });
});
