import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT } from 'jose';
import { DEV_ISSUER } from '../functions/src/dev-auth/dev-issuer';
import { ProblemSchema } from '../shared/schemas/problem';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { createTestIssuer, serveJwks, type TestIssuer } from './support/test-issuer';

const ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Test';
const CLIENT_ID = 'pool-web-client';

/** The app as `npm start` runs it, with the development issuer. */
let local: TestApp;
/** The same app verifying tokens of a user pool stand-in over its JWKS URL (AUTH_MODE=jwks). */
let pool: TestApp;
let issuer: TestIssuer;
let jwks: Awaited<ReturnType<typeof serveJwks>>;

beforeAll(async () => {
  local = await createTestApp();
  issuer = await createTestIssuer({ issuer: ISSUER, clientId: CLIENT_ID });
  jwks = await serveJwks(issuer.jwks);
  pool = await createTestApp({
    AUTH_MODE: 'jwks',
    AUTH_JWKS_URL: jwks.url,
    AUTH_ISSUER: ISSUER,
    AUTH_CLIENT_ID: CLIENT_ID,
    CURSOR_SECRET: 'a-deployment-cursor-secret',
  });
});
afterAll(async () => {
  await jwks?.close();
});

/** The claims that make a token an access token of the local app's client. */
const accessClaims = () => ({ token_use: 'access', client_id: local.config.authClientId });

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

function expectUnauthorized(res: Awaited<ReturnType<TestApp['call']>>) {
  expect(res.status).toBe(401);
  expect(res.headers.get('content-type')).toMatch('application/problem+json');
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
  expect(ProblemSchema.parse(res.json).status).toBe(401);
}

describe('GET /api/me', () => {
  it('refuses an anonymous caller with 401 and www-authenticate', async () => {
    expectUnauthorized(await local.call('GET', '/api/me'));
  });

  it.each(Object.entries(PERSONAS))('answers who %s is', async (_, persona: Persona) => {
    const res = await local.call('GET', '/api/me', { as: persona });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      sub: persona.sub,
      name: persona.name,
      groups: persona.groups,
    });
  });
});

describe('a token that does not verify', () => {
  it.each([
    ['garbage', 'Bearer garbage'],
    ['three junk segments', 'Bearer aaa.bbb.ccc'],
    ['an empty bearer', 'Bearer '],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['no scheme', 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln'],
  ])('is refused with 401 when it is %s, even on a public route', async (_, authorization) => {
    expectUnauthorized(await local.call('GET', '/api/me', { headers: { authorization } }));
    expectUnauthorized(await local.call('GET', '/api/stories', { headers: { authorization } }));
  });

  it('is refused with 401 when another key signed it, though issuer, client and kid fit', async () => {
    const stranger = await createTestIssuer({
      issuer: DEV_ISSUER,
      clientId: local.config.authClientId,
      kid: 'dev-key-1',
    });
    const token = await stranger.sign({ sub: PERSONAS.mia.sub, groups: ['moderators'] });
    expectUnauthorized(await local.call('GET', '/api/me', bearer(token)));
    expectUnauthorized(await local.call('GET', '/api/moderation/queue', bearer(token)));
  });

  it('is refused with 401 when it is unsigned (alg none)', async () => {
    const token = new UnsecuredJWT({ ...accessClaims(), 'cognito:groups': ['moderators'] })
      .setSubject(PERSONAS.mia.sub)
      .setIssuer(DEV_ISSUER)
      .setExpirationTime('1h')
      .encode();
    expectUnauthorized(await local.call('GET', '/api/me', bearer(token)));
  });

  it('is refused with 401 when it is HS256, signed with the public key as a secret', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(local.deps.devIssuer!.jwks.keys[0]));
    const token = await new SignJWT(accessClaims())
      .setProtectedHeader({ alg: 'HS256', kid: 'dev-key-1' })
      .setSubject(PERSONAS.anna.sub)
      .setIssuer(DEV_ISSUER)
      .setExpirationTime('1h')
      .sign(secret);
    expectUnauthorized(await local.call('GET', '/api/me', bearer(token)));
  });
});

describe('tokens of a user pool, verified over its JWKS URL', () => {
  const now = () => Math.floor(Date.now() / 1000);

  it('accepts a valid token, with its groups as roles', async () => {
    const token = await issuer.sign({ sub: 'u-pool', name: 'Pool Person', groups: ['moderators'] });
    const res = await pool.call('GET', '/api/me', bearer(token));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ sub: 'u-pool', name: 'Pool Person', groups: ['moderators'] });
    expect((await pool.call('GET', '/api/moderation/queue', bearer(token))).status).toBe(200);
    expect(jwks.fetches()).toBeGreaterThan(0);
  });

  it('drops groups that are not roles of the platform', async () => {
    const token = await issuer.sign({ groups: ['curators', 'root', 'Admins'] });
    expect((await pool.call('GET', '/api/me', bearer(token))).json.groups).toEqual(['curators']);
  });

  it.each([
    ['expired', { expiresAt: now() - 120 }],
    ['from another issuer', { issuer: 'https://evil.example/issuer' }],
    ['for another client', { clientId: 'another-app' }],
    ['that is an ID token', { tokenUse: 'id' as const, audience: CLIENT_ID }],
    ['with a kid the JWKS does not have', { kid: 'unknown-key' }],
  ])('refuses a token %s with 401', async (_, claims) => {
    expectUnauthorized(await pool.call('GET', '/api/me', bearer(await issuer.sign(claims))));
  });

  it('refuses a token of the development issuer', async () => {
    const devToken = await local.tokenFor(PERSONAS.anna);
    expectUnauthorized(await pool.call('GET', '/api/me', bearer(devToken)));
  });

  it('does not serve the development issuer (404)', async () => {
    const res = await pool.call('POST', '/api/dev/token', { body: PERSONAS.anna });
    expect(res.status).toBe(404);
    expect((await pool.call('GET', '/api/dev/jwks.json')).status).toBe(404);
  });
});

describe('POST /api/dev/token', () => {
  it('returns a token that signs the persona in', async () => {
    const persona = { sub: 'u-dev-token', name: 'Dora Dev', groups: ['curators'] };
    const res = await local.call('POST', '/api/dev/token', { body: persona });
    expect(res.status).toBe(200);
    const me = await local.call('GET', '/api/me', bearer(res.json.token));
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject(persona);
  });

  it('gives a resident without groups when none are asked for', async () => {
    const res = await local.call('POST', '/api/dev/token', { body: { sub: 'u-x', name: 'X' } });
    const me = await local.call('GET', '/api/me', bearer(res.json.token));
    expect(me.json.groups).toEqual([]);
  });

  it.each([
    ['no sub', { name: 'Anna' }],
    ['an empty name', { sub: 'u-a', name: ' ' }],
    ['an unknown group', { sub: 'u-a', name: 'Anna', groups: ['gods'] }],
    ['groups as a string', { sub: 'u-a', name: 'Anna', groups: 'moderators' }],
    ['an array body', [{ sub: 'u-a', name: 'Anna' }]],
  ])('refuses a body with %s with a 400 problem', async (_, body) => {
    const res = await local.call('POST', '/api/dev/token', { body });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it('publishes its JWKS', async () => {
    const res = await local.call('GET', '/api/dev/jwks.json');
    expect(res.status).toBe(200);
    expect(res.json.keys[0]).toMatchObject({ kty: 'RSA', kid: 'dev-key-1', alg: 'RS256' });
    expect(res.json.keys[0]).not.toHaveProperty('d');
  });
});
