import { beforeAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../shared/schemas/problem';
import { makeStoryInput } from './support/fixtures';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { newResident, publishStory, submitStory } from './support/story-flow';

const { anna, ben, mia } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

type Answer = Awaited<ReturnType<TestApp['call']>>;

/** A problem+json answer with the contract's fields and the expected status. */
function expectProblem(res: Answer, status: number, type?: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = ProblemSchema.parse(res.json);
  expect(problem.status).toBe(status);
  expect(problem.title.length).toBeGreaterThan(0);
  expect(problem.detail.length).toBeGreaterThan(0);
  if (type) expect(problem.type).toMatch(type);
  return problem;
}

describe('errors', () => {
  it('are problem+json with type, title, status and detail for every status', async () => {
    const pending = await submitStory(t, newResident('errors'));
    const published = await publishStory(t, newResident('errors'));
    const cases: [Promise<Answer>, number][] = [
      [t.call('GET', '/api/stories?limit=0'), 400],
      [t.call('POST', '/api/stories', { as: anna, body: { title: 1 } }), 400],
      [t.call('GET', '/api/me'), 401],
      [t.call('GET', '/api/moderation/queue', { as: ben }), 403],
      [t.call('GET', `/api/stories/${pending.id}`, { as: ben }), 404],
      [
        t.call('POST', `/api/moderation/stories/${published.id}/decision`, {
          as: mia,
          body: { decision: 'approve' },
        }),
        409,
      ],
      [t.call('PUT', `/api/stories/${pending.id}/vote`, { as: mia }), 409],
    ];
    for (const [call, status] of cases) expectProblem(await call, status);
  });

  it('names each invalid field of a body', async () => {
    const res = await t.call('POST', '/api/stories', {
      as: anna,
      body: { ...makeStoryInput(), language: 'xx', place: { name: '', precision: 'exact' } },
    });
    const problem = expectProblem(res, 400, /validation-error$/);
    expect(problem.errors!.map((e) => e.path)).toEqual(
      expect.arrayContaining(['language', 'place.name']),
    );
  });

  it.each([
    ['GET', '/api/nope'],
    ['GET', '/nope'],
    ['POST', '/api/stories/x/y/z'],
    ['DELETE', '/api/moderation/queue'],
    ['GET', '/api/stories/x/vote'],
  ])('answers an unknown route %s %s with a 404 problem', async (method, path) => {
    const res = await t.call(method, path, { as: anna, body: method === 'GET' ? undefined : {} });
    expectProblem(res, 404);
  });

  it('answers a malformed JSON body with a 400 problem', async () => {
    for (const body of ['{"title":', '{title: "x"}', "{'a':1}", '[1,2', 'nul']) {
      expectProblem(await t.call('POST', '/api/stories', { as: anna, body }), 400);
    }
  });

  it('answers a body over 64 KiB with a 413 problem', async () => {
    const body = { ...makeStoryInput(), body: 'x'.repeat(64 * 1024) };
    expectProblem(await t.call('POST', '/api/stories', { as: anna, body }), 413);
    const atLimit = JSON.stringify({ body: 'x'.repeat(64 * 1024 - 20) });
    expect(Buffer.byteLength(atLimit)).toBeLessThanOrEqual(64 * 1024);
    const res = await t.call('POST', `/api/stories/${'0'.repeat(26)}/comments`, {
      as: anna,
      body: atLimit,
    });
    expect(res.status).toBe(400);
  });

  it('answers a body that is not JSON with a 415 problem', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const res = await t.call('POST', '/api/stories', {
        as: anna,
        body: JSON.stringify(makeStoryInput()),
        headers: { 'content-type': type },
      });
      expectProblem(res, 415);
    }
  });

  it('accepts JSON with a charset and a +json media type', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      const res = await t.call('POST', '/api/stories', {
        as: newResident('media-type'),
        body: makeStoryInput(),
        headers: { 'content-type': type },
      });
      expect(res.status).toBe(201);
    }
  });
});

describe('x-request-id', () => {
  it('is on every answer, success or error, and differs between requests', async () => {
    const answers = [
      await t.call('GET', '/api/health'),
      await t.call('GET', '/api/stories'),
      await t.call('GET', '/api/me'),
      await t.call('GET', '/api/nope'),
      await t.call('POST', '/api/stories', { as: anna, body: '{' }),
      await t.call('POST', '/api/stories', {
        as: anna,
        body: 'x',
        headers: { 'content-type': 'text/plain' },
      }),
      await t.call('GET', '/api/me', { headers: { authorization: 'Bearer garbage' } }),
    ];
    const ids = answers.map((res) => res.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[\w-]{8,64}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('echoes a valid incoming id on success and on error, and in the problem body', async () => {
    const headers = { 'x-request-id': 'trace-1234abcd' };
    expect((await t.call('GET', '/api/health', { headers })).headers.get('x-request-id')).toBe(
      'trace-1234abcd',
    );
    const error = await t.call('GET', '/api/nope', { headers });
    expect(error.headers.get('x-request-id')).toBe('trace-1234abcd');
    expect(error.json.requestId).toBe('trace-1234abcd');
  });

  it('replaces an invalid incoming id with its own', async () => {
    for (const given of [
      'short',
      'has spaces in it',
      'x'.repeat(65),
      '<script>alert(1)</script>',
    ]) {
      const res = await t.call('GET', '/api/health', { headers: { 'x-request-id': given } });
      expect(res.headers.get('x-request-id')).not.toBe(given);
      expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,64}$/);
    }
  });
});

describe('service endpoints', () => {
  it('GET /api/health answers 200 ok', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok' });
  });

  it('GET /api/openapi.json is an OpenAPI 3.1 document of the routes', async () => {
    const res = await t.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.json.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(res.json.paths)).toEqual(
      expect.arrayContaining(['/api/stories', '/api/stories/{id}', '/api/moderation/queue']),
    );
    expect(res.json.paths['/api/stories'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(res.json.components.securitySchemes.bearerAuth).toMatchObject({ scheme: 'bearer' });
  });

  it('GET /api/docs answers an HTML reference', async () => {
    const res = await t.call('GET', '/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch('text/html');
    expect(res.text).toContain('/api/openapi.json');
  });
});
