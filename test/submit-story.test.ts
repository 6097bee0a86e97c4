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

  it('costs one write request', async () => {
    t.requests.reset();
    await t.call('POST', '/api/stories', { as: ben, body: makeStoryInput() });
    expect(t.requests.sent()).toEqual(['TransactWriteItems']);
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
});
