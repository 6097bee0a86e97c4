/**
 * The local OpenID provider (scripts/local-auth) with the local SES, both real and on free ports,
 * driven as a browser and the SPA would: form posts with cookies, code + PKCE, refresh, sign-out.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONA_PASSWORD, startLocalAuth, type LocalAuth } from '../scripts/local-auth';
import { freePort } from '../scripts/local-stack/free-port';
import { startLocalSes, type LocalSes } from '../scripts/local-stack/local-ses';
import { FormBrowser, pkcePair, type TokenSet } from './support/form-browser';

const clientId = 'ruhr-stories-web';
const web = 'http://127.0.0.1:5999';
const adminKey = randomBytes(16).toString('hex');
const dataDir = mkdtempSync(join(tmpdir(), 'ruhr-local-auth-'));
let ses: LocalSes;
let auth: LocalAuth;
let authPort: number;
let issuer: string;

async function startAuth() {
  auth = await startLocalAuth({
    port: authPort,
    dataDir,
    webOrigins: [web, 'http://localhost:5999'],
    clientId,
    sesEndpoint: ses.endpoint,
    adminKey,
  });
  issuer = auth.issuer;
}

beforeAll(async () => {
  ses = await startLocalSes({ port: await freePort() });
  authPort = await freePort();
  await startAuth();
});
afterAll(async () => {
  await auth?.stop();
  await ses?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const admin = (path: string, init: RequestInit = {}) =>
  fetch(`${issuer}/local-admin${path}`, {
    ...init,
    headers: { 'x-local-admin-key': adminKey, 'content-type': 'application/json', ...init.headers },
  });

/** Starts an authorization request as the SPA does; answers the sign-in page's URL and HTML. */
async function startSignIn(browser: FormBrowser, extra: Record<string, string> = {}) {
  const pkce = pkcePair();
  const state = randomBytes(8).toString('hex');
  const query = new URLSearchParams({
    client_id: clientId,
    redirect_uri: `${web}/auth/callback`,
    response_type: 'code',
    scope: 'openid email profile',
    state,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
  const { url, response } = await browser.go(`${issuer}/oauth2/authorize?${query}`);
  expect(response.status).toBe(200);
  expect(new URL(url).pathname).toMatch(/^\/interaction\/[\w-]+$/);
  return { page: url, html: await response.text(), pkce, state };
}

/** The authorization code from the redirect to the web app, exchanged as the SPA does. */
async function redeem(location: string, verifier: string, state: string): Promise<TokenSet> {
  const callback = new URL(location);
  expect(callback.origin + callback.pathname).toBe(`${web}/auth/callback`);
  expect(callback.searchParams.get('state')).toBe(state);
  const response = await fetch(`${issuer}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: web },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code')!,
      redirect_uri: `${web}/auth/callback`,
      client_id: clientId,
      code_verifier: verifier,
    }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('access-control-allow-origin')).toBe(web);
  return response.json() as Promise<TokenSet>;
}

async function refresh(refreshToken: string) {
  return fetch(`${issuer}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: web },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: clientId,
    }),
  });
}

async function signInAsPersona(browser: FormBrowser, persona: string) {
  const start = await startSignIn(browser);
  const done = await browser.post(start.page, { action: 'persona', persona });
  return redeem(done.url, start.pkce.verifier, start.state);
}

/** The newest code sent to this address, read from the local SES as the browser tests do. */
async function lastCode(to: string): Promise<{ code: string; subject: string }> {
  const store = (await (await fetch(ses.storeUrl)).json()) as {
    emails: { destination: { to: string[] }; subject: string; body: { text?: string } }[];
  };
  const mail = store.emails.filter((m) => m.destination.to.includes(to)).at(-1);
  expect(mail, `no mail to ${to}`).toBeDefined();
  const code = /\b(\d{6})\b/.exec(mail!.body.text ?? '')?.[1];
  expect(code).toBeDefined();
  return { code: code!, subject: mail!.subject };
}

const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('the local OpenID provider', () => {
  it("publishes Cognito's endpoint paths in its discovery document, readable from the web app", async () => {
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, {
      headers: { origin: web },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeTruthy();
    const discovery = await response.json();
    expect(discovery).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/oauth2/authorize`,
      token_endpoint: `${issuer}/oauth2/token`,
      userinfo_endpoint: `${issuer}/oauth2/userInfo`,
      revocation_endpoint: `${issuer}/oauth2/revoke`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(discovery.scopes_supported).toEqual(
      expect.arrayContaining(['openid', 'email', 'profile']),
    );
  });

  it("signs a persona in with code + PKCE and issues an access token with Cognito's claims", async () => {
    const browser = new FormBrowser();
    const tokens = await signInAsPersona(browser, 'mia');
    const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(tokens.access_token, jwks, { issuer });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      iss: issuer,
      sub: 'u-mia',
      token_use: 'access',
      client_id: clientId,
      username: 'u-mia',
      'cognito:groups': ['moderators'],
      scope: 'openid email profile',
    });
    for (const claim of ['exp', 'iat', 'auth_time'] as const)
      expect(payload[claim]).toEqual(expect.any(Number));
    expect(payload.jti).toEqual(expect.any(String));
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const id = (await jwtVerify(tokens.id_token, jwks, { issuer, audience: clientId })).payload;
    expect(id).toMatchObject({ sub: 'u-mia', token_use: 'id', email: 'mia@example.org' });

    const info = await fetch(`${issuer}/oauth2/userInfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}`, origin: web },
    });
    expect(info.status).toBe(200);
    expect(info.headers.get('access-control-allow-origin')).toBe(web);
    expect(await info.json()).toMatchObject({ sub: 'u-mia', email: 'mia@example.org' });
    // The ID token is no access token.
    const withId = await fetch(`${issuer}/oauth2/userInfo`, {
      headers: { authorization: `Bearer ${tokens.id_token}` },
    });
    expect(withId.status).toBe(401);
  });

  it('leaves cognito:groups out for a resident', async () => {
    const tokens = await signInAsPersona(new FormBrowser(), 'anna');
    const claims = decodeJwt(tokens.access_token);
    expect(claims.sub).toBe('u-anna');
    expect(claims).not.toHaveProperty('cognito:groups');
  });

  it('refuses an authorization request without PKCE or with an unregistered redirect URI', async () => {
    const browser = new FormBrowser();
    const noPkce = new URLSearchParams({
      client_id: clientId,
      redirect_uri: `${web}/auth/callback`,
      response_type: 'code',
      scope: 'openid',
    });
    const refused = await browser.go(`${issuer}/oauth2/authorize?${noPkce}`);
    expect(new URL(refused.url).searchParams.get('error')).toBe('invalid_request');
    noPkce.set('redirect_uri', 'http://127.0.0.1:6000/auth/callback');
    const unknown = await browser.request(`${issuer}/oauth2/authorize?${noPkce}`);
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('location')).toBeNull();
    expect(await unknown.text()).toContain('<h1>Anmelden nicht möglich</h1>');
  });

  it('rotates the refresh token, refuses the used one, and shows changed groups in the next token', async () => {
    const first = await signInAsPersona(new FormBrowser(), 'ben');
    const put = await admin('/users/u-ben/groups', {
      method: 'PUT',
      body: JSON.stringify({ groups: ['curators'] }),
    });
    expect(put.status).toBe(200);
    const renewed = await refresh(first.refresh_token!);
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('access-control-allow-origin')).toBe(web);
    const second = (await renewed.json()) as TokenSet;
    expect(second.refresh_token).toEqual(expect.any(String));
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(decodeJwt(second.access_token)).toMatchObject({
      sub: 'u-ben',
      token_use: 'access',
      'cognito:groups': ['curators'],
    });
    const reused = await refresh(first.refresh_token!);
    expect(reused.status).toBe(400);
    expect((await reused.json()).error).toBe('invalid_grant');
    await admin('/users/u-ben/groups', { method: 'PUT', body: JSON.stringify({ groups: [] }) });
  });

  it('signs in with e-mail and password, and says plainly when the password is wrong', async () => {
    const browser = new FormBrowser();
    const start = await startSignIn(browser);
    const wrong = await browser.post(start.page, {
      action: 'password',
      email: 'anna@example.org',
      password: 'not-the-password',
    });
    expect(wrong.response.status).toBe(400);
    const html = await wrong.response.text();
    expect(html).toContain('<a href="#password">E-Mail-Adresse oder Passwort stimmen nicht.</a>');
    expect(html).toMatch(/id="password"[^>]*aria-invalid="true"/);
    expect(html).toContain('value="anna@example.org"');
    const right = await browser.post(start.page, {
      action: 'password',
      email: 'Anna@Example.org',
      password: PERSONA_PASSWORD,
    });
    const tokens = await redeem(right.url, start.pkce.verifier, start.state);
    expect(decodeJwt(tokens.access_token).sub).toBe('u-anna');
  });

  it('signs up with e-mail and password, verifies the address with the code sent by e-mail, and refuses a wrong code', async () => {
    const browser = new FormBrowser('en-GB,en;q=0.9');
    const start = await startSignIn(browser);
    const email = `new-${randomBytes(4).toString('hex')}@example.net`;
    const signUp = `${start.page}/signup`;
    const short = await browser.post(signUp, { email, password: 'short' });
    expect(short.response.status).toBe(400);
    expect(await short.response.text()).toContain('The password needs at least 10 characters.');

    const sent = await browser.post(signUp, { email, password: 'a long enough password' });
    expect(sent.url).toBe(`${start.page}/verify`);
    expect(await sent.response.text()).toContain(`We have sent a code to ${email}`);
    const { code, subject } = await lastCode(email);
    expect(subject).toBe('Your Ruhr Stories code');
    const [before] = (await (await admin(`/users?email=${email}`)).json()).users;
    expect(before).toMatchObject({ email, emailVerified: false, groups: [], locale: 'en' });

    const refused = await browser.post(sent.url, { action: 'check', code: wrongCode(code) });
    expect(refused.response.status).toBe(400);
    expect(await refused.response.text()).toContain('The code is not right.');
    const verified = await browser.post(sent.url, { action: 'check', code });
    const tokens = await redeem(verified.url, start.pkce.verifier, start.state);
    expect(decodeJwt(tokens.access_token).sub).toBe(before.sub);
    const after = await (await admin(`/users/${before.sub}`)).json();
    expect(after.emailVerified).toBe(true);

    // The same address cannot sign up twice.
    const again = await startSignIn(new FormBrowser());
    const twice = await new FormBrowser().post(`${again.page}/signup`, {
      email,
      password: 'another long password',
    });
    expect(twice.response.status).toBe(400);
  });

  it('signs in with a code sent by e-mail instead of the password', async () => {
    const browser = new FormBrowser();
    const start = await startSignIn(browser);
    const sent = await browser.post(start.page, { action: 'code', email: 'kai@example.org' });
    expect(sent.url).toBe(`${start.page}/code`);
    const page = await sent.response.text();
    expect(page).toContain('autocomplete="one-time-code"');
    const { code, subject } = await lastCode('kai@example.org');
    expect(subject).toBe('Ihr Anmelde-Code für Ruhr Stories');
    const done = await browser.post(sent.url, { action: 'check', code });
    const tokens = await redeem(done.url, start.pkce.verifier, start.state);
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      sub: 'u-kai',
      'cognito:groups': ['curators'],
    });
    // A code works once.
    const reused = await browser.post(sent.url, { action: 'check', code });
    expect(reused.response.status).toBe(400);
  });

  it('resets a forgotten password with a code sent by e-mail', async () => {
    const email = `reset-${randomBytes(4).toString('hex')}@example.net`;
    expect(
      (
        await admin('/users', {
          method: 'POST',
          body: JSON.stringify({ email, password: 'the old password' }),
        })
      ).status,
    ).toBe(201);
    const browser = new FormBrowser();
    const start = await startSignIn(browser);
    const asked = await browser.post(`${start.page}/reset`, { email });
    expect(asked.url).toBe(`${start.page}/reset-code`);
    const { code } = await lastCode(email);
    const done = await browser.post(asked.url, {
      action: 'check',
      code,
      password: 'the brand new password',
    });
    await redeem(done.url, start.pkce.verifier, start.state);

    const later = new FormBrowser();
    const next = await startSignIn(later);
    const old = await later.post(next.page, {
      action: 'password',
      email,
      password: 'the old password',
    });
    expect(old.response.status).toBe(400);
    const fresh = await later.post(next.page, {
      action: 'password',
      email,
      password: 'the brand new password',
    });
    await redeem(fresh.url, next.pkce.verifier, next.state);
  });

  it("ends the session at Cognito's /logout and returns only to a registered address", async () => {
    const browser = new FormBrowser();
    const tokens = await signInAsPersona(browser, 'anna');
    // Signed in at the provider: a new authorization goes straight back to the web app.
    const silent = await browser.go(
      `${issuer}/oauth2/authorize?${new URLSearchParams({
        client_id: clientId,
        redirect_uri: `${web}/auth/callback`,
        response_type: 'code',
        scope: 'openid email profile',
        code_challenge: pkcePair().challenge,
        code_challenge_method: 'S256',
      })}`,
    );
    expect(silent.url.startsWith(`${web}/auth/callback?code=`)).toBe(true);

    const foreign = await browser.request(
      `${issuer}/logout?client_id=${clientId}&logout_uri=${encodeURIComponent('https://evil.example/')}`,
    );
    expect(foreign.status).toBe(400);
    expect(foreign.headers.get('location')).toBeNull();
    const wrongClient = await browser.request(
      `${issuer}/logout?client_id=someone-else&logout_uri=${encodeURIComponent(`${web}/`)}`,
    );
    expect(wrongClient.status).toBe(400);

    const out = await browser.request(
      `${issuer}/logout?client_id=${clientId}&logout_uri=${encodeURIComponent(`${web}/`)}`,
    );
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe(`${web}/`);
    await startSignIn(browser); // the sign-in page again, not a silent redirect
    expect((await refresh(tokens.refresh_token!)).status).toBe(400);
  });

  it('revokes a refresh token from the web app', async () => {
    const tokens = await signInAsPersona(new FormBrowser(), 'ben');
    const revoked = await fetch(`${issuer}/oauth2/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: web },
      body: new URLSearchParams({ token: tokens.refresh_token!, client_id: clientId }),
    });
    expect(revoked.status).toBe(200);
    expect(revoked.headers.get('access-control-allow-origin')).toBe(web);
    expect((await refresh(tokens.refresh_token!)).status).toBe(400);
  });
});

describe('the local provider admin endpoints', () => {
  it('answer 401 without the right key', async () => {
    expect((await fetch(`${issuer}/local-admin/users?email=anna@example.org`)).status).toBe(401);
    const wrong = await fetch(`${issuer}/local-admin/users/u-anna`, {
      headers: { 'x-local-admin-key': 'not-the-key' },
    });
    expect(wrong.status).toBe(401);
    const del = await fetch(`${issuer}/local-admin/users/u-anna`, { method: 'DELETE' });
    expect(del.status).toBe(401);
  });

  it('create idempotently, find by e-mail, set groups and delete', async () => {
    const email = `Staff-${randomBytes(4).toString('hex')}@Example.net`;
    const created = await admin('/users', {
      method: 'POST',
      body: JSON.stringify({ email, groups: ['moderators'], locale: 'en' }),
    });
    expect(created.status).toBe(201);
    const user = await created.json();
    expect(user).toEqual({
      sub: expect.any(String),
      email: email.toLowerCase(),
      emailVerified: true,
      groups: ['moderators'],
      locale: 'en',
      createdAt: expect.any(String),
    });
    const again = await admin('/users', { method: 'POST', body: JSON.stringify({ email }) });
    expect(again.status).toBe(200);
    expect((await again.json()).sub).toBe(user.sub);
    const bySub = await admin('/users', {
      method: 'POST',
      body: JSON.stringify({ email: 'other@example.net', sub: user.sub }),
    });
    expect(bySub.status).toBe(200);

    const found = await (
      await admin(`/users?email=${encodeURIComponent(email.toUpperCase())}`)
    ).json();
    expect(found.users.map((u: { sub: string }) => u.sub)).toEqual([user.sub]);
    expect((await (await admin('/users?email=nobody@example.net')).json()).users).toEqual([]);

    const groups = await admin(`/users/${user.sub}/groups`, {
      method: 'PUT',
      body: JSON.stringify({ groups: ['curators', 'admins'] }),
    });
    expect((await groups.json()).groups).toEqual(['curators', 'admins']);
    const badRole = await admin(`/users/${user.sub}/groups`, {
      method: 'PUT',
      body: JSON.stringify({ groups: ['superusers'] }),
    });
    expect(badRole.status).toBe(400);
    expect((await admin('/users', { method: 'POST', body: '{"email":"no-at-sign"}' })).status).toBe(
      400,
    );
    expect(
      (await admin('/users/u-nobody/groups', { method: 'PUT', body: '{"groups":[]}' })).status,
    ).toBe(404);

    expect((await admin(`/users/${user.sub}`, { method: 'DELETE' })).status).toBe(204);
    expect((await admin(`/users/${user.sub}`)).status).toBe(404);
    expect((await admin(`/users/${user.sub}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('hold every demo persona, Olaf the admin among them', async () => {
    const olaf = await (await admin('/users/u-olaf')).json();
    expect(olaf).toMatchObject({
      email: 'olaf@example.org',
      groups: ['admins'],
      emailVerified: true,
      locale: 'de',
    });
  });
});

describe('the local provider pages', () => {
  it('label every field, name each persona button and link to sign-up, in German', async () => {
    const { html } = await startSignIn(new FormBrowser());
    expect(html).toContain('<html lang="de">');
    for (const id of ['email', 'password']) expect(html).toContain(`<label for="${id}">`);
    expect(html).toMatch(/id="email"[^>]*autocomplete="username"/);
    expect(html).toMatch(/id="password"[^>]*autocomplete="current-password"/);
    expect(html).toContain('>Als Anna Brinkmann anmelden</button>');
    expect(html).toContain('>Als Olaf Brandt anmelden</button>');
    // The researcher of the demo, for the research data page.
    expect(html).toContain('>Als Lea Nowak anmelden</button>');
    expect(html).toContain('>Code per E-Mail</button>');
    expect(html).toMatch(/<a href="\/interaction\/[\w-]+\/signup">Konto erstellen<\/a>/);
    expect(html).toContain('<link rel="stylesheet" href="/local-auth.css">');
    expect(html).not.toMatch(/<script|style=/);
  });

  it('speak English when the app asks with ui_locales, and switch language on request', async () => {
    const browser = new FormBrowser();
    const { page, html } = await startSignIn(browser, { ui_locales: 'en' });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('>Sign in as Anna Brinkmann</button>');
    const german = await (await browser.request(`${page}?lang=de`)).text();
    expect(german).toContain('<html lang="de">');
    // The choice holds for the next page.
    expect(await (await browser.request(`${page}/signup`)).text()).toContain('<html lang="de">');
  });

  it('link every error in the summary to a field that exists', async () => {
    const browser = new FormBrowser();
    const { page } = await startSignIn(browser);
    const { response } = await browser.post(`${page}/signup`, { email: 'nope', password: '' });
    const html = await response.text();
    const links = [...html.matchAll(/<li><a href="#([\w-]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(['email', 'password']);
    for (const id of links) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/<title>Fehler: /);
    expect(html).toMatch(
      /id="password"[^>]*autocomplete="new-password"[^>]*aria-describedby="password-hint password-error"/,
    );
  });

  it('send a Content-Security-Policy that allows nothing from elsewhere', async () => {
    const browser = new FormBrowser();
    const { page } = await startSignIn(browser);
    const csp = (await browser.request(page)).headers.get('content-security-policy');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
  });

  it('explain an expired sign-in instead of failing', async () => {
    const response = await new FormBrowser().request(`${issuer}/interaction/not-a-real-one`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Die Anmeldung ist abgelaufen');
  });
});

describe('a restart of the local provider', () => {
  it('keeps the accounts, their passwords, the signing key and who is signed in', async () => {
    const signedIn = await signInAsPersona(new FormBrowser(), 'mia');
    const email = `stays-${randomBytes(4).toString('hex')}@example.net`;
    await admin('/users', {
      method: 'POST',
      body: JSON.stringify({ email, password: 'remember this one' }),
    });
    const before = await (await fetch(`${issuer}/.well-known/jwks.json`)).json();
    await auth.stop();
    // Lets fetch notice that its pooled connections to the old server are gone.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await startAuth();
    const after = await (await fetch(`${issuer}/.well-known/jwks.json`)).json();
    expect(after).toEqual(before);
    // The web app's refresh token from before the restart still works.
    const renewed = await refresh(signedIn.refresh_token!);
    expect(renewed.status).toBe(200);
    expect(decodeJwt(((await renewed.json()) as TokenSet).access_token).sub).toBe('u-mia');
    const [user] = (await (await admin(`/users?email=${email}`)).json()).users;
    expect(user.email).toBe(email);
    const browser = new FormBrowser();
    const start = await startSignIn(browser);
    const done = await browser.post(start.page, {
      action: 'password',
      email,
      password: 'remember this one',
    });
    const tokens = await redeem(done.url, start.pkce.verifier, start.state);
    expect(decodeJwt(tokens.access_token).sub).toBe(user.sub);
  });
});
