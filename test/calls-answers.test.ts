import { beforeAll, describe, expect, it } from 'vitest';
import type { CallDetail } from '../shared/schemas/calls';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { createCall, daysFromNow, publishedCall } from './support/call-flow';
import { decide, newResident, submitStory } from './support/story-flow';
import { makeStoryInput } from './support/fixtures';

const { mia, kai } = PERSONAS;
const admin: Persona = { sub: 'u-answers-admin', name: 'Olaf Brandt', groups: ['admins'] };
const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const page = async (id: string, as?: Persona): Promise<CallDetail> => {
  const res = await t.call('GET', `/api/calls/${id}`, { as });
  expect(res.status).toBe(200);
  return res.json;
};
const answerIds = async (id: string) => (await page(id)).answers.map((a) => a.id);
const answer = (callId: string, as: Persona = newResident(), overrides = {}) =>
  t.call('POST', '/api/stories', { as, body: makeStoryInput({ callId, ...overrides }) });

describe('answering a call (POST /api/stories with callId)', () => {
  it('takes an answer from every signed-in role while the call is open, and names the call on the story', async () => {
    const call = await publishedCall(t);
    for (const as of [newResident(), mia, kai, admin]) {
      const res = await answer(call.id, as);
      expect(res.status, as.sub).toBe(201);
      expect(res.json.call).toEqual({ id: call.id, title: call.title });
    }
    expect((await page(call.id, kai)).waitingCount).toBe(4);
  });

  it('refuses anonymous callers with 401 whatever the call', async () => {
    const call = await publishedCall(t);
    const res = await t.call('POST', '/api/stories', { body: makeStoryInput({ callId: call.id }) });
    expect(res.status).toBe(401);
  });

  it('refuses an answer with 409 when the call is closed, not open yet, or a draft', async () => {
    const closed = await publishedCall(t, { opensAt: daysFromNow(-9), closesAt: daysFromNow(-1) });
    const upcoming = await publishedCall(t, { opensAt: daysFromNow(3) });
    const draft = await createCall(t);
    for (const call of [closed, upcoming, draft]) {
      const res = await answer(call.id);
      expect(res.status, call.id).toBe(409);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(res.json.type).toMatch(/\/problems\/call-not-open$/);
    }
    expect((await page(closed.id, kai)).waitingCount).toBe(0);
  });

  it('refuses an unknown call with 422 pointing at callId', async () => {
    const res = await answer(UNKNOWN);
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ pointer: '/callId', errors: [{ path: 'callId' }] });
  });

  it('lets no edit change the call a story answers (400)', async () => {
    const call = await publishedCall(t);
    const author = newResident();
    const story = await submitStory(t, author);
    const res = await t.call('PATCH', `/api/stories/${story.id}`, {
      as: author,
      body: { callId: call.id },
    });
    expect(res.status).toBe(400);
  });
});

describe("a call's page and its waiting answers", () => {
  it('shows an answer only after approval, as a public card, and counts it waiting until then', async () => {
    const call = await publishedCall(t);
    const author = newResident();
    const res = await answer(call.id, author, {
      attribution: 'anonymous',
      place: { name: 'Hordeler Heide 12', lat: 51.50374, lng: 7.17612, precision: 'neighbourhood' },
    });
    const story = res.json;
    expect(await answerIds(call.id)).toEqual([]);
    expect((await page(call.id, kai)).waitingCount).toBe(1);
    const curatorList = await t.call('GET', '/api/calls', { as: kai });
    expect(curatorList.json.items.find((c: { id: string }) => c.id === call.id).waitingCount).toBe(
      1,
    );

    await decide(t, story.id, 'approve');
    const after = await page(call.id);
    expect(after.answers.map((a) => a.id)).toEqual([story.id]);
    const card = after.answers[0]!;
    // Public precision: never the street the author typed, never a name on an anonymous story.
    expect(JSON.stringify(card)).not.toContain('Hordeler Heide');
    expect(card.authorName).toBeNull();
    expect(card.place?.lat).not.toBe(51.50374);
    expect(card).not.toHaveProperty('authorSub');
    expect((await page(call.id, kai)).waitingCount).toBe(0);
  });

  it('publishes an answer given while open even after the call closed', async () => {
    const call = await publishedCall(t);
    const story = (await answer(call.id)).json;
    const closed = await t.call('PATCH', `/api/calls/${call.id}`, {
      as: kai,
      body: { closesAt: daysFromNow(-0.001) },
    });
    expect(closed.json.state).toBe('closed');
    await decide(t, story.id, 'approve');
    expect(await answerIds(call.id)).toEqual([story.id]);
  });

  it('drops an answer on withdrawal, hiding and rejection, and brings it back on restore', async () => {
    const call = await publishedCall(t);
    const [author1, author2, author3] = [newResident(), newResident(), newResident()];
    const withdrawn = (await answer(call.id, author1)).json;
    const hidden = (await answer(call.id, author2)).json;
    const rejected = (await answer(call.id, author3)).json;
    await decide(t, withdrawn.id, 'approve');
    await decide(t, hidden.id, 'approve');
    expect((await page(call.id, kai)).waitingCount).toBe(1);
    await decide(t, rejected.id, 'reject', 'Kein Bezug zum Aufruf.');
    expect((await page(call.id, kai)).waitingCount).toBe(0);
    expect((await answerIds(call.id)).sort()).toEqual([withdrawn.id, hidden.id].sort());

    expect((await t.call('DELETE', `/api/stories/${withdrawn.id}`, { as: author1 })).status).toBe(
      200,
    );
    await decide(t, hidden.id, 'hide', 'Persönliche Daten Dritter.');
    expect(await answerIds(call.id)).toEqual([]);
    await decide(t, hidden.id, 'restore');
    expect(await answerIds(call.id)).toEqual([hidden.id]);
  });

  it('stops counting an answer sent back for changes, and counts it again once resubmitted', async () => {
    const call = await publishedCall(t);
    const author = newResident();
    const story = (await answer(call.id, author)).json;
    await decide(t, story.id, 'request-changes', 'Bitte ohne Nachnamen der Kollegen.');
    expect((await page(call.id, kai)).waitingCount).toBe(0);
    const edited = await t.call('PATCH', `/api/stories/${story.id}`, {
      as: author,
      body: {
        body: 'Am letzten Tag fuhren wir noch einmal ein, Jupp und ich, und keiner sagte viel.',
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.json.call).toEqual({ id: call.id, title: call.title });
    expect((await page(call.id, kai)).waitingCount).toBe(1);
    await decide(t, story.id, 'approve');
    expect(await answerIds(call.id)).toEqual([story.id]);
  });

  it('drops an answer that reports hid', async () => {
    const call = await publishedCall(t);
    const story = (await answer(call.id)).json;
    await decide(t, story.id, 'approve');
    for (let i = 0; i < 3; i++) {
      const res = await t.call('POST', `/api/stories/${story.id}/reports`, {
        as: newResident('reporter'),
        body: { reason: 'spam' },
      });
      expect(res.status).toBe(201);
    }
    expect(await answerIds(call.id)).toEqual([]);
  });
});

describe('POST /api/calls/{id}/exhibition', () => {
  it('refuses anonymous callers (401) and everyone but curators (403), unknown calls (404)', async () => {
    const call = await publishedCall(t);
    const path = `/api/calls/${call.id}/exhibition`;
    expect((await t.call('POST', path)).status).toBe(401);
    for (const as of [newResident(), mia, admin]) {
      expect((await t.call('POST', path, { as })).status).toBe(403);
    }
    expect((await t.call('POST', `/api/calls/${UNKNOWN}/exhibition`, { as: kai })).status).toBe(
      404,
    );
  });

  it('builds a draft exhibition from the published answers whose authors consented', async () => {
    const call = await publishedCall(t);
    const first = (await answer(call.id)).json;
    const second = (await answer(call.id)).json;
    const noConsent = (
      await answer(call.id, newResident(), {
        consent: { ...makeStoryInput().consent, exhibition: false },
      })
    ).json;
    const waiting = (await answer(call.id)).json;
    for (const story of [first, second, noConsent]) await decide(t, story.id, 'approve');

    const res = await t.call('POST', `/api/calls/${call.id}/exhibition`, { as: kai });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ added: 2, skipped: 1 });
    expect(res.json.exhibition).toMatchObject({
      status: 'draft',
      title: call.title,
      intro: call.intro,
      itemCount: 2,
    });
    expect(res.headers.get('location')).toBe(`/api/exhibitions/${res.json.exhibition.id}`);
    const exhibition = await t.call('GET', `/api/exhibitions/${res.json.exhibition.id}`, {
      as: kai,
    });
    expect(exhibition.json.items.map((i: { storyId: string }) => i.storyId)).toEqual([
      first.id,
      second.id,
    ]);
    expect(JSON.stringify(exhibition.json)).not.toContain(waiting.id);
  });
});
