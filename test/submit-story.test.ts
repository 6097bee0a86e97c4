import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { makeStoryInput } from './support/fixtures';

const { anna, ben, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('POST /api/stories', () => {
  it('refuses an anonymous caller with 401', async () => {
    const res = await t.call('POST', '/api/stories', { body: makeStoryInput() });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it.each([
    ['a resident', anna],
    ['a moderator', mia],
    ['a curator', kai],
  ])('accepts a story from %s as pending, with its Location', async (_, persona) => {
    const res = await t.call('POST', '/api/stories', { as: persona, body: makeStoryInput() });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      status: 'pending',
      title: 'Die letzte Schicht auf Zeche Hannover',
      isOwn: true,
    });
    expect(res.headers.get('location')).toBe(`/api/stories/${res.json.id}`);
  });

  it('costs one read of the profile (the name) and one write request', async () => {
    await t.tokenFor(ben);
    t.requests.reset();
    await t.call('POST', '/api/stories', { as: ben, body: makeStoryInput() });
    expect(t.requests.sent()).toEqual(['GetItem', 'TransactWriteItems']);
  });

  it('names every invalid field', async () => {
    const res = await t.call('POST', '/api/stories', {
      as: anna,
      body: {
        ...makeStoryInput(),
        title: 'x',
        themes: [],
        consent: { ...makeStoryInput().consent, online: false },
      },
    });
    expect(res.status).toBe(400);
    const paths = res.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'themes', 'consent.online']));
  });

  it('stores the title as NFC and refuses direction overrides and invisible-only text', async () => {
    const decomposed = 'Die letzte Schicht auf Zeche Gu\u0308nnigfeld';
    const created = await t.call('POST', '/api/stories', {
      as: anna,
      body: { ...makeStoryInput(), title: decomposed },
    });
    expect(created.status).toBe(201);
    expect(created.json.title).toBe('Die letzte Schicht auf Zeche Günnigfeld');

    const refused = await t.call('POST', '/api/stories', {
      as: anna,
      body: {
        ...makeStoryInput(),
        title: 'Schicht \u202Etxt.exe',
        place: { name: '\u200B\u200B\u200B', precision: 'city' },
      },
    });
    expect(refused.status).toBe(400);
    const paths = refused.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'place.name']));
  });
});

describe('names from tokens', () => {
  it('are not shown: a story carries the profile’s display name', async () => {
    const sub = `u-token-name-${Date.now()}`;
    await t.tokenFor({ sub, name: 'Anna Profil', groups: [] });
    // Another token for the same person, with another name in it: the profile's name stays.
    const token = await t.deps.devIssuer!.sign({
      sub,
      name: `Anna\u202E${'x'.repeat(300)}`,
      groups: [],
    });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const res = await t.app.request('/api/stories', {
      method: 'POST',
      headers,
      body: JSON.stringify(makeStoryInput()),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { authorName: string }).authorName).toBe('Anna Profil');
  });
});
