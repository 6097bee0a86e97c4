import { beforeAll, describe, expect, it } from 'vitest';
import { PersonalDataExportSchema } from '../shared/schemas/personal-data';
import { ProblemSchema } from '../shared/schemas/problem';
import { ROLES } from '../shared/vocabulary';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';

/*
 * Authorization comes before validation (DESIGN §2): whatever a request holds, a caller who may
 * not call an operation gets 401 (anonymous) or 403 (signed in without the role), never a 400
 * that describes the fields. The operations come from the OpenAPI document, so a new route is
 * checked as soon as it is declared.
 */

type Operation = { method: string; path: string; roles: string[]; hasBody: boolean };
type Answer = Awaited<ReturnType<TestApp['call']>>;

let t: TestApp;
let operations: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  const document = (await t.call('GET', '/api/openapi.json')).json;
  operations = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(
    ([path, item]) =>
      Object.entries(item)
        .filter(
          ([, op]) =>
            op.security?.length && !op.security.some((s: object) => !Object.keys(s).length),
        )
        .map(([method, op]) => ({
          method: method.toUpperCase(),
          path,
          roles: op.security.flatMap((s: Record<string, string[]>) => s.bearerAuth ?? []),
          hasBody: op.requestBody !== undefined,
        })),
  );
});

/** Every path parameter too long for an id, and a query no list accepts. */
const malformedUrl = (path: string) =>
  `${path.replace(/\{[^}]+\}/g, 'x'.repeat(81))}?limit=0&cursor=&kind=everything&format=pdf&storyId=`;

const MALFORMED_BODIES: { body: string; headers?: Record<string, string> }[] = [
  { body: '{"title":' },
  { body: '{"decision":"nuke","body":12,"storyIds":"x"}' },
  { body: 'title=Zeche', headers: { 'content-type': 'text/plain' } },
];

function expectRefused(res: Answer, status: 401 | 403, request: string) {
  expect(res.status, request).toBe(status);
  expect(res.headers.get('content-type'), request).toMatch(/^application\/problem\+json/);
  const problem = ProblemSchema.parse(res.json);
  expect(problem.errors, request).toBeUndefined();
  if (status === 401) expect(res.headers.get('www-authenticate'), request).toMatch(/^Bearer/);
}

describe('every operation that needs a sign-in or a role', () => {
  it('is found in the document, staff operations with their role', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(operations).toContainEqual(
      expect.objectContaining({ method: 'POST', path: '/api/stories', roles: [] }),
    );
    expect(operations).toContainEqual(
      expect.objectContaining({ path: '/api/moderation/queue', roles: ['moderators'] }),
    );
    expect(operations).toContainEqual(
      expect.objectContaining({ path: '/api/exhibitions/{id}/export', roles: ['curators'] }),
    );
    expect(operations).toContainEqual(
      expect.objectContaining({
        method: 'GET',
        path: '/api/curation/accessibility-feedback',
        roles: ['curators'],
      }),
    );
    // Erasing one's account needs only a sign-in; every role may (staff are told to drop their roles first).
    expect(operations).toContainEqual({
      method: 'DELETE',
      path: '/api/me',
      roles: [],
      hasBody: true,
    });
    // A person's own data needs a sign-in and no role.
    expect(operations).toContainEqual({
      method: 'GET',
      path: '/api/me/consents',
      roles: [],
      hasBody: false,
    });
    // Everyone signed in may download their own data, whatever their roles (GDPR Art. 15, 20).
    expect(operations).toContainEqual({
      method: 'GET',
      path: '/api/me/export',
      roles: [],
      hasBody: false,
    });
    // Uploading photos and recordings needs a sign-in and no role; only the uploader completes one.
    for (const path of ['/api/media/uploads', '/api/media/uploads/{id}/complete']) {
      expect(operations).toContainEqual({
        method: 'POST',
        path,
        roles: [],
        hasBody: path === '/api/media/uploads',
      });
    }
    // A moderator writes a waiting recording's transcript (DESIGN §9): moderators only.
    expect(operations).toContainEqual({
      method: 'PUT',
      path: '/api/moderation/stories/{id}/media/{mediaId}/transcript',
      roles: ['moderators'],
      hasBody: true,
    });
    // Feedback on barriers needs no sign-in (BITV 2.0): it is not among these operations.
    expect(operations.map((op) => op.path)).not.toContain('/api/feedback/accessibility');
    for (const [method, path] of [
      ['GET', '/api/admin/people'],
      ['PUT', '/api/admin/people/{sub}/groups'],
    ]) {
      expect(operations).toContainEqual({
        method,
        path,
        roles: ['admins'],
        hasBody: method === 'PUT',
      });
    }
  });

  it('refuses an anonymous caller with 401, whatever the path, query or body', async () => {
    for (const { method, path } of operations) {
      const url = malformedUrl(path);
      expectRefused(await t.call(method, url), 401, `${method} ${url}`);
      if (method === 'GET') continue;
      for (const { body, headers } of MALFORMED_BODIES) {
        const request = `${method} ${url} ${body}`;
        expectRefused(await t.call(method, url, { body, headers }), 401, request);
      }
    }
  });

  it('refuses a resident on staff operations with 403, whatever the path, query or body', async () => {
    const staff = operations.filter((op) => op.roles.length > 0);
    expect(staff.length).toBeGreaterThan(15);
    for (const { method, path } of staff) {
      const url = malformedUrl(path);
      const as = PERSONAS.anna;
      expectRefused(await t.call(method, url, { as }), 403, `${method} ${url}`);
      if (method === 'GET') continue;
      for (const { body, headers } of MALFORMED_BODIES) {
        const request = `${method} ${url} ${body}`;
        expectRefused(await t.call(method, url, { as, body, headers }), 403, request);
      }
    }
  });

  it('refuses a curator on moderators\u2019 operations and a moderator on the others\u2019 with 403', async () => {
    for (const { method, path, roles } of operations.filter((op) => op.roles.length > 0)) {
      const as = roles.includes('moderators') ? PERSONAS.kai : PERSONAS.mia;
      const url = malformedUrl(path);
      const res = await t.call(method, url, { as, body: method === 'GET' ? undefined : '{"x":' });
      expectRefused(res, 403, `${method} ${url} as ${as.sub}`);
    }
  });

  it('refuses a researcher and every other staff role on admins\u2019 operations with 403', async () => {
    const adminOnly = operations.filter((op) => op.roles.includes('admins'));
    expect(adminOnly.length).toBeGreaterThanOrEqual(2);
    const staff = ['moderators', 'curators', 'researchers'] as const;
    for (const { method, path } of adminOnly) {
      const url = malformedUrl(path);
      const as = { sub: 'u-all-but-admin', name: 'Staff', groups: [...staff] };
      const res = await t.call(method, url, { as, body: method === 'GET' ? undefined : '{"x":' });
      expectRefused(res, 403, `${method} ${url} as every role but admins`);
    }
  });
});

describe('the checks before authorization', () => {
  it('answers a body over 64 KiB with 413 for everyone: the size limit protects the server first', async () => {
    const body = JSON.stringify({ body: 'x'.repeat(64 * 1024) });
    const res = await t.call('POST', '/api/stories', { body });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers a token that does not verify with 401, even where anyone may call', async () => {
    const headers = { authorization: 'Bearer a.b.c' };
    expectRefused(await t.call('GET', '/api/health', { headers }), 401, 'GET /api/health');
  });
});

describe('the one write anyone may send: feedback on barriers', () => {
  it('validates an anonymous caller\u2019s body (400 with field errors) instead of asking for a sign-in', async () => {
    const res = await t.call('POST', '/api/feedback/accessibility', { body: { description: 1 } });
    expect(res.status).toBe(400);
    expect(ProblemSchema.parse(res.json).errors?.map((e) => e.path)).toEqual(['description']);
    const notJson = await t.call('POST', '/api/feedback/accessibility', {
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(notJson.status).toBe(415);
  });
});

describe('a signed-in caller with the role', () => {
  it('answers everyone, resident or staff of any role, their own consent ledger', async () => {
    const everyRole = { sub: 'u-every-role', name: 'Every Role', groups: [...ROLES] };
    for (const as of [PERSONAS.anna, PERSONAS.mia, PERSONAS.kai, everyRole]) {
      const res = await t.call('GET', '/api/me/consents', { as });
      expect(res.status, as.sub).toBe(200);
      expect(res.json.items, as.sub).toEqual(expect.any(Array));
    }
  });

  it('still gets 415 for a body that is not JSON, and 400 with field errors for a bad one', async () => {
    const as = PERSONAS.anna;
    const notJson = await t.call('POST', '/api/stories', {
      as,
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(notJson.status).toBe(415);
    const invalid = await t.call('POST', '/api/stories', { as, body: { title: 1 } });
    expect(invalid.status).toBe(400);
    expect(ProblemSchema.parse(invalid.json).errors?.length).toBeGreaterThan(0);
    const staff = await t.call('POST', '/api/exhibitions', {
      as: PERSONAS.kai,
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(staff.status).toBe(415);
  });
});

describe('uploads: every signed-in person, whatever their roles, and only their own', () => {
  const everyone = [
    ['a resident', PERSONAS.anna],
    ['a moderator', PERSONAS.mia],
    ['a curator', PERSONAS.kai],
    [
      'a researcher',
      { sub: 'u-upload-researcher', name: 'Rita Recherche', groups: ['researchers'] },
    ],
    ['an admin', { sub: 'u-upload-admin', name: 'Olaf Brandt', groups: ['admins'] }],
  ] as const;
  const request = { kind: 'image', contentType: 'image/jpeg', bytes: 1000 };

  it('refuses an anonymous caller with 401', async () => {
    const asked = await t.call('POST', '/api/media/uploads', { body: request });
    expectRefused(asked, 401, 'POST /api/media/uploads');
  });

  it.each(everyone)(
    'lets %s ask for an upload (201), and complete only their own (else 404)',
    async (_, as) => {
      const persona = { ...as, groups: [...as.groups] };
      const asked = await t.call('POST', '/api/media/uploads', { as: persona, body: request });
      expect(asked.status).toBe(201);
      // Nothing was sent yet: the owner hears so, everyone else (a moderator too) that there is none.
      const own = await t.call('POST', `/api/media/uploads/${asked.json.id}/complete`, {
        as: persona,
      });
      expect(own.status).toBe(409);
      const other = persona.sub === PERSONAS.ben.sub ? PERSONAS.mia : PERSONAS.ben;
      const others = await t.call('POST', `/api/media/uploads/${asked.json.id}/complete`, {
        as: other,
      });
      expect(others.status).toBe(404);
    },
  );
});

describe('the personal data export: every signed-in person, whatever their roles', () => {
  const everyone = [
    ['a resident', PERSONAS.anna],
    ['a moderator', PERSONAS.mia],
    ['a curator', PERSONAS.kai],
    [
      'a researcher',
      { sub: 'u-export-researcher', name: 'Rita Recherche', groups: ['researchers'] },
    ],
    ['an admin', { sub: 'u-export-admin', name: 'Olaf Brandt', groups: ['admins'] }],
  ] as const;

  it('refuses an anonymous caller with 401', async () => {
    expectRefused(await t.call('GET', '/api/me/export'), 401, 'GET /api/me/export');
  });

  it.each(everyone)('gives %s their own data, and only theirs (200)', async (_, as) => {
    const res = await t.call('GET', '/api/me/export', { as: { ...as, groups: [...as.groups] } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
    expect(PersonalDataExportSchema.parse(res.json).sub).toBe(as.sub);
  });
});
