import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PeopleSchema, PersonGroupsSchema } from '../shared/schemas/admin';
import { ProblemSchema } from '../shared/schemas/problem';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { startFakeLocalAdmin, type FakeLocalAdmin } from './support/fake-local-admin';

/*
 * Admins give staff their roles (DESIGN §7): `GET /api/admin/people?email=` and
 * `PUT /api/admin/people/{sub}/groups`, against the local provider's admin endpoints (a stand-in
 * here that follows the accounts contract; the real one lives in scripts/local-auth/).
 */

const KEY = 'admin-routes-key';
/** The admin persona of the accounts contract (shared/demo-personas.ts gets it with the provider). */
const olaf: Persona = { sub: 'u-olaf', name: 'Olaf Brandt', groups: ['admins'] };
const rita: Persona = { sub: 'u-rita', name: 'Rita Recherche', groups: ['researchers'] };

let provider: FakeLocalAdmin;
let t: TestApp;

beforeAll(async () => {
  provider = await startFakeLocalAdmin(KEY);
  t = await createTestApp({ LOCAL_AUTH_ADMIN_URL: provider.url, LOCAL_AUTH_ADMIN_KEY: KEY });
  provider.add({ sub: olaf.sub, email: 'olaf@example.org', groups: ['admins'] });
  provider.add({ sub: PERSONAS.mia.sub, email: 'mia@example.org', groups: ['moderators'] });
  provider.add({ sub: PERSONAS.anna.sub, email: 'anna@example.org' });
});
afterAll(() => provider?.close());

const expectProblem = (
  res: Awaited<ReturnType<TestApp['call']>>,
  status: number,
  type?: string,
) => {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = ProblemSchema.parse(res.json);
  if (type) expect(problem.type).toBe(type);
  return problem;
};

describe('who may manage people', () => {
  const everyone: [string, Persona | undefined, number][] = [
    ['anonymous', undefined, 401],
    ['a resident', PERSONAS.anna, 403],
    ['a moderator', PERSONAS.mia, 403],
    ['a curator', PERSONAS.kai, 403],
    ['a researcher', rita, 403],
    ['an admin', olaf, 200],
  ];

  it.each(everyone)('%s: GET /api/admin/people → %i', async (_, as, status) => {
    const res = await t.call('GET', '/api/admin/people?email=anna@example.org', { as });
    expect(res.status).toBe(status);
  });

  it.each(everyone)('%s: PUT /api/admin/people/{sub}/groups → %i', async (_, as, status) => {
    const res = await t.call('PUT', `/api/admin/people/${PERSONAS.anna.sub}/groups`, {
      as,
      body: { groups: [] },
    });
    expect(res.status).toBe(status);
  });
});

describe('GET /api/admin/people', () => {
  it('finds a person by e-mail, case-insensitive, with roles and display name', async () => {
    await t.call('GET', '/api/me', { as: PERSONAS.mia }); // her profile, as her first sign-in makes it
    const res = await t.call('GET', '/api/admin/people?email=Mia%40Example.org', { as: olaf });
    expect(res.status).toBe(200);
    expect(PeopleSchema.parse(res.json)).toEqual({
      items: [
        // The name from her profile, the one shown on everything she wrote.
        {
          sub: 'u-mia',
          email: 'mia@example.org',
          groups: ['moderators'],
          displayName: 'Mia Hoffmann',
        },
      ],
    });
  });

  it('answers an empty list for an address no one has', async () => {
    const res = await t.call('GET', '/api/admin/people?email=nobody@example.org', { as: olaf });
    expect(res.json).toEqual({ items: [] });
  });

  it.each([
    ['no email', ''],
    ['an email that is not one', '?email=mia'],
    ['an empty email', '?email='],
  ])('refuses a query with %s with 400 and field errors', async (_, query) => {
    const res = await t.call('GET', `/api/admin/people${query}`, { as: olaf });
    expect(expectProblem(res, 400).errors?.[0]?.path).toBe('email');
  });
});

describe('PUT /api/admin/people/{sub}/groups', () => {
  it('sets the person’s roles at the provider; the next token carries them', async () => {
    provider.add({ sub: 'u-nora', email: 'nora@example.org' });
    const res = await t.call('PUT', '/api/admin/people/u-nora/groups', {
      as: olaf,
      body: { groups: ['curators', 'researchers'] },
    });
    expect(res.status).toBe(200);
    expect(PersonGroupsSchema.parse(res.json)).toEqual({
      sub: 'u-nora',
      email: 'nora@example.org',
      groups: ['curators', 'researchers'],
    });
    expect(provider.users.get('u-nora')?.groups).toEqual(['curators', 'researchers']);
    const back = await t.call('PUT', '/api/admin/people/u-nora/groups', {
      as: olaf,
      body: { groups: [] },
    });
    expect(back.json.groups).toEqual([]);
  });

  it('answers 404 for a sub the provider does not know', async () => {
    const res = await t.call('PUT', '/api/admin/people/u-ghost/groups', {
      as: olaf,
      body: { groups: ['curators'] },
    });
    expectProblem(res, 404, '/problems/not-found');
    expect(provider.users.has('u-ghost')).toBe(false);
  });

  it('refuses an admin taking the admins role from themselves with 409', async () => {
    const res = await t.call('PUT', `/api/admin/people/${olaf.sub}/groups`, {
      as: olaf,
      body: { groups: ['moderators'] },
    });
    expectProblem(res, 409, '/problems/own-admin-role');
    expect(provider.users.get(olaf.sub)?.groups).toEqual(['admins']);
    const keeps = await t.call('PUT', `/api/admin/people/${olaf.sub}/groups`, {
      as: olaf,
      body: { groups: ['admins', 'curators'] },
    });
    expect(keeps.status).toBe(200);
    expect(provider.users.get(olaf.sub)?.groups).toEqual(['admins', 'curators']);
  });

  it('never finds nor changes an account whose address is not confirmed', async () => {
    // Anyone can put an address on their account before confirming it; a look-alike of a
    // future colleague must not be what an admin finds and promotes.
    provider.add({ sub: 'u-unconfirmed', email: 'neue@example.org', emailVerified: false });
    const found = await t.call('GET', '/api/admin/people?email=neue@example.org', { as: olaf });
    expect(found.json).toEqual({ items: [] });
    const res = await t.call('PUT', '/api/admin/people/u-unconfirmed/groups', {
      as: olaf,
      body: { groups: ['curators'] },
    });
    expectProblem(res, 404, '/problems/not-found');
    expect(provider.users.get('u-unconfirmed')?.groups).toEqual([]);
  });

  it('lets an admin take the admins role from another admin', async () => {
    provider.add({ sub: 'u-otto', email: 'otto@example.org', groups: ['admins'] });
    const res = await t.call('PUT', '/api/admin/people/u-otto/groups', {
      as: olaf,
      body: { groups: [] },
    });
    expect(res.status).toBe(200);
    expect(provider.users.get('u-otto')?.groups).toEqual([]);
  });

  it.each([
    ['an unknown role', { groups: ['gods'] }],
    ['a role twice', { groups: ['curators', 'curators'] }],
    ['groups as a string', { groups: 'curators' }],
    ['no groups', {}],
  ])('refuses a body with %s with 400', async (_, body) => {
    const res = await t.call('PUT', '/api/admin/people/u-anna/groups', { as: olaf, body });
    expect(expectProblem(res, 400).errors?.[0]?.path).toMatch(/^groups/);
    expect(provider.users.get('u-anna')?.groups).toEqual([]);
  });

  it('refuses a sub that cannot be one with 400', async () => {
    const res = await t.call('PUT', `/api/admin/people/${'x'.repeat(81)}/groups`, {
      as: olaf,
      body: { groups: [] },
    });
    expect(expectProblem(res, 400).errors?.[0]?.path).toBe('sub');
    const dotted = await t.call('PUT', '/api/admin/people/a.b/groups', {
      as: olaf,
      body: { groups: [] },
    });
    expectProblem(dotted, 400);
  });
});

describe('POST /api/dev/token with an e-mail', () => {
  it('creates the account at the local provider with the persona’s sub and groups, once', async () => {
    const body = {
      sub: 'u-pia',
      name: 'Pia Probe',
      groups: ['moderators'],
      email: 'pia@example.org',
    };
    expect((await t.call('POST', '/api/dev/token', { body })).status).toBe(200);
    expect((await t.call('POST', '/api/dev/token', { body })).status).toBe(200);
    expect(provider.users.get('u-pia')).toMatchObject({
      email: 'pia@example.org',
      groups: ['moderators'],
    });
    expect([...provider.users.values()].filter((u) => u.email === 'pia@example.org')).toHaveLength(
      1,
    );
  });

  it('refuses an address that is not one with 400', async () => {
    const res = await t.call('POST', '/api/dev/token', {
      body: { sub: 'u-pia', name: 'Pia', email: 'pia' },
    });
    expectProblem(res, 400);
  });
});

describe('without an identity directory configured', () => {
  let bare: TestApp;
  beforeAll(async () => {
    bare = await createTestApp();
  });

  it('answers the admin routes with a 409 problem that says so, never a 5xx', async () => {
    const find = await bare.call('GET', '/api/admin/people?email=a@example.org', { as: olaf });
    expectProblem(find, 409, '/problems/no-identity-directory');
    const set = await bare.call('PUT', '/api/admin/people/u-anna/groups', {
      as: olaf,
      body: { groups: [] },
    });
    expectProblem(set, 409, '/problems/no-identity-directory');
  });

  it('still validates first, and still refuses non-admins first', async () => {
    expectProblem(await bare.call('GET', '/api/admin/people?email=x', { as: olaf }), 400);
    expectProblem(await bare.call('GET', '/api/admin/people?email=x', { as: PERSONAS.anna }), 403);
  });

  it('answers a dev token with an e-mail with the same 409, and one without as before', async () => {
    const body = { sub: 'u-pia', name: 'Pia', email: 'pia@example.org' };
    expectProblem(
      await bare.call('POST', '/api/dev/token', { body }),
      409,
      '/problems/no-identity-directory',
    );
    expect(
      (await bare.call('POST', '/api/dev/token', { body: { sub: 'u-pia', name: 'Pia' } })).status,
    ).toBe(200);
  });
});
