import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JWK } from 'jose';
import { DEV_ISSUER } from '../functions/src/dev-auth/dev-issuer';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { createTestIssuer, serveJwks, type TestIssuer } from './support/test-issuer';

/*
 * The API's rules for access tokens (DESIGN §2 Auth, the same for every issuer it trusts): RS256
 * against the issuer's JWKS, `iss`, `exp`, `token_use: "access"`, `client_id` the web app's; ID
 * tokens refused; roles from `cognito:groups`. Locally it trusts the local provider (its JWKS at
 * `<issuer>/.well-known/jwks.json`, served here by a stand-in) and its own dev issuer; deployed
 * (AUTH_MODE=jwks) only the user pool.
 */

const CLIENT_ID = 'ruhr-stories-web';
const POOL_ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Rules';
const POOL_CLIENT = 'pool-client-id';

/** A stand-in for the local provider: issuer = its origin, JWKS where a provider serves it. */
let providerKeys: { keys: JWK[] };
let providerJwks: Awaited<ReturnType<typeof serveJwks>>;
let provider: TestIssuer;
let local: TestApp;
let poolJwks: Awaited<ReturnType<typeof serveJwks>>;
let pool: TestIssuer;
let deployed: TestApp;

beforeAll(async () => {
  providerKeys = { keys: [] };
  providerJwks = await serveJwks(providerKeys);
  provider = await createTestIssuer({ issuer: providerJwks.origin, clientId: CLIENT_ID });
  providerKeys.keys.push(...provider.jwks.keys);
  local = await createTestApp({ AUTH_ISSUER: providerJwks.origin });

  pool = await createTestIssuer({ issuer: POOL_ISSUER, clientId: POOL_CLIENT });
  poolJwks = await serveJwks(pool.jwks);
  deployed = await createTestApp({
    AUTH_MODE: 'jwks',
    AUTH_ISSUER: POOL_ISSUER,
    AUTH_CLIENT_ID: POOL_CLIENT,
    AUTH_JWKS_URL: poolJwks.url,
    CURSOR_SECRET: 'a-deployment-cursor-secret',
  });
});
afterAll(async () => {
  await providerJwks?.close();
  await poolJwks?.close();
});

const me = (app: TestApp, token: string) =>
  app.call('GET', '/api/me', { headers: { authorization: `Bearer ${token}` } });
const now = () => Math.floor(Date.now() / 1000);

describe('an access token of the configured issuer', () => {
  it('is accepted locally from the local provider, its JWKS fetched from the issuer', async () => {
    const res = await me(local, await provider.sign({ sub: 'u-provider', groups: ['curators'] }));
    expect(res.status).toBe(200);
    // No name in a provider's access token: until profiles, the name is the username (= sub).
    expect(res.json).toMatchObject({ sub: 'u-provider', name: 'u-provider', groups: ['curators'] });
    expect(providerJwks.fetches()).toBeGreaterThan(0);
  });

  it('is accepted deployed from the user pool', async () => {
    const res = await me(deployed, await pool.sign({ sub: 'u-pool', groups: ['moderators'] }));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ sub: 'u-pool', groups: ['moderators'] });
  });

  it('gives only the platform’s roles, researchers among them', async () => {
    const groups = ['researchers', 'root', 'Admins', 'admins', 'moderator', 'us-east-1_x_Google'];
    const res = await me(deployed, await pool.sign({ groups }));
    expect(res.json.groups).toEqual(['researchers', 'admins']);
    const none = await me(local, await provider.sign({ groups: [] }));
    expect(none.json.groups).toEqual([]);
  });

  it('lets a researcher in with a token from either local issuer', async () => {
    const researcher = { sub: 'u-rita', name: 'Rita Recherche', groups: ['researchers' as const] };
    expect((await me(local, await local.tokenFor(researcher))).json.groups).toEqual([
      'researchers',
    ]);
    const viaDevRoute = await local.call('POST', '/api/dev/token', { body: researcher });
    expect(viaDevRoute.status).toBe(200);
    expect((await me(local, viaDevRoute.json.token)).json).toMatchObject(researcher);
  });
});

describe('a token the API refuses with 401', () => {
  it.each([
    ['an ID token', { tokenUse: 'id' as const, audience: CLIENT_ID }],
    ['a token without token_use', { tokenUse: null }],
    ['an access token for another client', { clientId: 'another-app' }],
    ['an expired token', { expiresAt: now() - 120 }],
    ['a token of an issuer it does not know', { issuer: 'https://evil.example/issuer' }],
    ['a token whose kid the JWKS does not have', { kid: 'unknown-key' }],
  ])('%s, locally and deployed', async (_, claims) => {
    const localRes = await me(local, await provider.sign(claims));
    expect(localRes.status).toBe(401);
    expect(localRes.headers.get('www-authenticate')).toMatch(/^Bearer/);
    // The pool's ID token names the pool's client as its audience (and in `client_id` too here).
    const poolClaims = 'audience' in claims ? { ...claims, audience: POOL_CLIENT } : claims;
    expect((await me(deployed, await pool.sign(poolClaims))).status).toBe(401);
  });

  it('a token signed by another key, though issuer, client and kid fit', async () => {
    const forger = await createTestIssuer({ issuer: providerJwks.origin, clientId: CLIENT_ID });
    expect((await me(local, await forger.sign({ kid: 'test-key-1' }))).status).toBe(401);
    const devForger = await createTestIssuer({
      issuer: DEV_ISSUER,
      clientId: CLIENT_ID,
      kid: 'dev-key-1',
    });
    expect((await me(local, await devForger.sign({ groups: ['admins'] }))).status).toBe(401);
  });

  it('a token of the dev issuer, when the API runs deployed (AUTH_MODE=jwks)', async () => {
    const devToken = await local.tokenFor(PERSONAS.mia);
    expect((await me(local, devToken)).status).toBe(200);
    expect((await me(deployed, devToken)).status).toBe(401);
  });

  it('a token of the local provider, when the API runs deployed', async () => {
    expect((await me(deployed, await provider.sign({ clientId: POOL_CLIENT }))).status).toBe(401);
  });
});

describe('locally, without a provider running', () => {
  it('starts, accepts dev tokens, and answers a provider token with 401, not 500', async () => {
    const alone = await createTestApp({ AUTH_ISSUER: 'http://127.0.0.1:9' });
    expect((await alone.call('GET', '/api/me', { as: PERSONAS.anna })).status).toBe(200);
    const orphan = await createTestIssuer({ issuer: 'http://127.0.0.1:9', clientId: CLIENT_ID });
    expect((await me(alone, await orphan.sign())).status).toBe(401);
  });
});
