import { beforeAll, describe, expect, it } from 'vitest';
import type { MuseumPick } from '../shared/schemas/curation';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { newResident, publishStory, readAllPages, submitStory } from './support/story-flow';

const { anna, mia, kai } = PERSONAS;
const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const pick = (id: string, as?: Persona, body?: unknown) =>
  t.call('PUT', `/api/curation/picks/${id}`, { as, body });
const unpick = (id: string, as?: Persona) => t.call('DELETE', `/api/curation/picks/${id}`, { as });
const picks = () => readAllPages<MuseumPick>(t, '/api/picks?limit=50');

describe('PUT /api/curation/picks/{storyId}', () => {
  it('refuses an anonymous caller with 401', async () => {
    const { id } = await publishStory(t, newResident('pick'));
    expect((await pick(id)).status).toBe(401);
  });

  it.each([
    ['a resident', anna],
    ['a moderator', mia],
  ])('refuses %s with 403', async (_, persona) => {
    const { id } = await publishStory(t, newResident('pick'));
    const res = await pick(id, persona, { note: { de: 'Schön' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it('answers 404 for an unknown story, a malformed id and a pending story of someone else', async () => {
    const pending = await submitStory(t, newResident('pick'));
    for (const id of [UNKNOWN, 'not-an-id', pending.id]) {
      const res = await pick(id, kai);
      expect(res.status, id).toBe(404);
      expect(res.json.type).toMatch(/not-found$/);
    }
  });

  it('answers 409 for a story the curator may see that is not published', async () => {
    // A curator who wrote the story, or who also moderates, knows it exists: no secret to keep.
    const writer: Persona = { ...newResident('curator-author'), groups: ['curators'] };
    const own = await submitStory(t, writer);
    const both: Persona = {
      ...newResident('curator-moderator'),
      groups: ['curators', 'moderators'],
    };
    const pending = await submitStory(t, newResident('pick'));
    for (const [id, as] of [
      [own.id, writer],
      [pending.id, both],
    ] as const) {
      const res = await pick(id, as);
      expect(res.status).toBe(409);
      expect(res.json.type).toMatch(/not-published$/);
    }
  });

  it('answers 400 for a note without German or with unknown fields', async () => {
    const { id } = await publishStory(t, newResident('pick'));
    for (const body of [{ note: { en: 'Only English' } }, { note: { de: '' } }, { pin: true }]) {
      const res = await pick(id, kai, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.type).toMatch(/validation-error$/);
    }
  });

  it('features a published story with the note, and lists it first', async () => {
    const story = await publishStory(t, newResident('pick'), { title: 'Kohle und Kaffee' });
    const res = await pick(story.id, kai, { note: { de: 'Unser Liebling', en: 'Our favourite' } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: story.id,
      title: 'Kohle und Kaffee',
      note: { de: 'Unser Liebling', en: 'Our favourite' },
      pickedAt: expect.any(String),
      voteCount: 0,
    });
    const [first] = await picks();
    expect(first).toMatchObject({ id: story.id, note: { de: 'Unser Liebling' } });
  });

  it('picks without a body, and a second pick changes the note but keeps the pick time', async () => {
    const story = await publishStory(t, newResident('pick'));
    const first = await pick(story.id, kai);
    expect(first.status).toBe(200);
    expect(first.json.note).toBeUndefined();
    const again = await pick(story.id, kai, { note: { de: 'Nachgetragen' } });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({
      pickedAt: first.json.pickedAt,
      note: { de: 'Nachgetragen' },
    });
    expect((await picks()).filter((p) => p.id === story.id)).toHaveLength(1);
  });
});

describe('GET /api/picks', () => {
  it('is public, newest pick first, apart from votes, with exact counts', async () => {
    const older = await publishStory(t, newResident('picks'));
    const newer = await publishStory(t, newResident('picks'));
    const popular = await publishStory(t, newResident('picks'));
    await pick(older.id, kai);
    await pick(newer.id, kai);
    for (const voter of [newResident('v'), newResident('v')]) {
      expect((await t.call('PUT', `/api/stories/${older.id}/vote`, { as: voter })).status).toBe(
        200,
      );
      await t.call('PUT', `/api/stories/${popular.id}/vote`, { as: voter });
    }
    await t.call('POST', `/api/stories/${older.id}/comments`, {
      as: anna,
      body: { body: 'Glück auf!' },
    });
    const list = await picks();
    const ids = list.map((p) => p.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(ids).not.toContain(popular.id);
    expect(list.find((p) => p.id === older.id)).toMatchObject({ voteCount: 2, commentCount: 1 });
  });

  it('shows the place coarsened as for the public', async () => {
    const story = await publishStory(t, newResident('picks'));
    await pick(story.id, kai);
    const shown = (await picks()).find((p) => p.id === story.id)!;
    expect(shown.place).toMatchObject({ lat: 51.5, lng: 7.18, precision: 'neighbourhood' });
  });

  it('costs one Query', async () => {
    t.requests.reset();
    const res = await t.call('GET', '/api/picks?limit=5');
    expect(res.status).toBe(200);
    expect(t.requests.sent()).toEqual(['Query']);
  });

  it('pages with a cursor and refuses a forged one with 400', async () => {
    const page = await t.call('GET', '/api/picks?limit=1');
    expect(page.json.items).toHaveLength(1);
    expect(page.json.nextCursor).toEqual(expect.any(String));
    const next = await t.call('GET', `/api/picks?limit=1&cursor=${page.json.nextCursor}`);
    expect(next.json.items[0].id).not.toBe(page.json.items[0].id);
    expect((await t.call('GET', '/api/picks?cursor=forged.cursor')).status).toBe(400);
  });
});

describe('DELETE /api/curation/picks/{storyId}', () => {
  it('refuses anonymous (401), residents and moderators (403), unknown stories (404)', async () => {
    const { id } = await publishStory(t, newResident('unpick'));
    expect((await unpick(id)).status).toBe(401);
    expect((await unpick(id, anna)).status).toBe(403);
    expect((await unpick(id, mia)).status).toBe(403);
    expect((await unpick(UNKNOWN, kai)).status).toBe(404);
  });

  it('ends a pick, idempotently', async () => {
    const { id } = await publishStory(t, newResident('unpick'));
    await pick(id, kai);
    expect((await picks()).map((p) => p.id)).toContain(id);
    for (let i = 0; i < 2; i++) {
      const res = await unpick(id, kai);
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ storyId: id, picked: false });
    }
    expect((await picks()).map((p) => p.id)).not.toContain(id);
  });
});
