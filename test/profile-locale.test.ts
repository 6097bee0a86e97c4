import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalDirectory } from '../functions/src/accounts/identity-directory';
import { freePort } from '../scripts/local-stack/free-port';
import { startLocalIdentity, type LocalIdentity } from '../scripts/local-stack/local-identity';
import { newResident } from './support/story-flow';
import { createTestApp, type TestApp } from './support/test-app';

/*
 * The language a person chooses in their profile is also the identity provider's `locale`
 * attribute (Cognito's on AWS, the local provider's here), so the provider's own e-mails (codes,
 * a new address) speak it too.
 */
describe('PATCH /api/me and the identity provider’s locale', () => {
  let identity: LocalIdentity;
  let dataDir: string;
  let t: TestApp;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ruhr-stories-locale-'));
    identity = await startLocalIdentity({
      authPort: await freePort(),
      mailPort: await freePort(),
      dataDir,
      webOrigins: ['http://127.0.0.1:5173'],
    });
    t = await createTestApp(identity.env);
  });
  afterAll(async () => {
    await identity?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  const directory = () =>
    createLocalDirectory(identity.env.LOCAL_AUTH_ADMIN_URL, identity.env.LOCAL_AUTH_ADMIN_KEY);

  it('sets the provider’s locale from the profile’s, both ways', async () => {
    const person = newResident('locale');
    await directory().ensureUser({ email: `${person.sub}@example.org`, sub: person.sub });
    expect((await directory().get(person.sub))?.locale).toBe('de');

    const english = await t.call('PATCH', '/api/me', { as: person, body: { locale: 'en' } });
    expect(english.status).toBe(200);
    expect(english.json.locale).toBe('en');
    expect((await directory().get(person.sub))?.locale).toBe('en');

    await t.call('PATCH', '/api/me', { as: person, body: { locale: 'de' } });
    expect((await directory().get(person.sub))?.locale).toBe('de');
  });

  it('leaves the provider alone when the language is not part of the change', async () => {
    const person = newResident('locale-kept');
    await directory().ensureUser({
      email: `${person.sub}@example.org`,
      sub: person.sub,
      locale: 'en',
    });
    const res = await t.call('PATCH', '/api/me', {
      as: person,
      headers: { 'accept-language': 'de' },
      body: { notifications: { decisions: 'email' } },
    });
    expect(res.status).toBe(200);
    expect((await directory().get(person.sub))?.locale).toBe('en');
  });

  it('keeps the profile’s language for someone the provider does not know', async () => {
    // A development token's persona has no account at the provider.
    const person = newResident('locale-unknown');
    const res = await t.call('PATCH', '/api/me', { as: person, body: { locale: 'en' } });
    expect(res.status).toBe(200);
    expect(res.json.locale).toBe('en');
    expect(await directory().get(person.sub)).toBeNull();
  });
});
