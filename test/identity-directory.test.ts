import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminAddUserToGroupCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  ListUsersCommand,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  cognitoEmailFilter,
  createCognitoDirectory,
  createLocalDirectory,
  UnknownPersonError,
  type CognitoClient,
} from '../functions/src/accounts/identity-directory';
import { startFakeLocalAdmin, type FakeLocalAdmin } from './support/fake-local-admin';

describe('the local directory, over HTTP against the local provider’s /local-admin endpoints', () => {
  const KEY = 'test-admin-key';
  let provider: FakeLocalAdmin;
  beforeAll(async () => {
    provider = await startFakeLocalAdmin(KEY);
  });
  afterAll(() => provider?.close());
  const directory = () => createLocalDirectory(provider.url, KEY);

  it('creates an account once, and answers the same one for the same e-mail or sub', async () => {
    const made = await directory().ensureUser({
      email: 'lena@example.org',
      sub: 'u-lena',
      groups: ['curators'],
      locale: 'en',
    });
    expect(made).toMatchObject({
      sub: 'u-lena',
      email: 'lena@example.org',
      emailVerified: true,
      groups: ['curators'],
      locale: 'en',
    });
    const again = await directory().ensureUser({ email: 'LENA@example.org' });
    expect(again.sub).toBe('u-lena');
    expect([...provider.users.keys()].filter((s) => s === 'u-lena')).toHaveLength(1);
  });

  it('finds people by exact e-mail, case-insensitive, and no one for an unknown one', async () => {
    provider.add({ sub: 'u-tom', email: 'tom@example.org', groups: ['moderators', 'beta'] });
    const found = await directory().findByEmail('Tom@Example.org');
    // Only the platform's roles come back; the provider's other groups are not ours.
    expect(found).toEqual([expect.objectContaining({ sub: 'u-tom', groups: ['moderators'] })]);
    expect(await directory().findByEmail('nobody@example.org')).toEqual([]);
    expect(provider.requests).toContain('GET /local-admin/users?email=Tom%40Example.org');
  });

  it('reads, regroups and removes a person by sub', async () => {
    provider.add({ sub: 'u-ida', email: 'ida@example.org' });
    expect((await directory().get('u-ida'))?.email).toBe('ida@example.org');
    expect(await directory().get('u-nobody')).toBeNull();
    const changed = await directory().setGroups('u-ida', ['researchers', 'admins']);
    expect(changed.groups).toEqual(['researchers', 'admins']);
    expect(provider.users.get('u-ida')?.groups).toEqual(['researchers', 'admins']);
    await directory().remove('u-ida');
    expect(provider.users.has('u-ida')).toBe(false);
    await directory().remove('u-ida');
  });

  it('says an unknown sub is unknown when setting groups', async () => {
    await expect(directory().setGroups('u-ghost', ['curators'])).rejects.toBeInstanceOf(
      UnknownPersonError,
    );
  });

  it('accepts the admin URL with /local-admin already on it', async () => {
    provider.add({ sub: 'u-eva', email: 'eva@example.org' });
    const withPath = createLocalDirectory(`${provider.url}/local-admin/`, KEY);
    expect((await withPath.get('u-eva'))?.sub).toBe('u-eva');
  });

  it('fails loudly with a wrong admin key instead of pretending no one exists', async () => {
    await expect(
      createLocalDirectory(provider.url, 'wrong').findByEmail('tom@example.org'),
    ).rejects.toThrow(/401/);
  });
});

/*
 * Cognito cannot run locally (no emulator of its admin APIs is part of this stack), so the Cognito
 * directory is tested against a fake `send`: an in-memory pool that answers the SDK's commands as
 * Cognito documents them, and records what was sent.
 */
describe('the Cognito directory, against a fake user pool', () => {
  const POOL = 'eu-central-1_Test';
  type PoolUser = { email: string; groups: string[]; locale?: string; created: Date };

  function fakePool() {
    const users = new Map<string, PoolUser>();
    const sent: { name: string; input: Record<string, unknown> }[] = [];
    const notFound = () =>
      new UserNotFoundException({ message: 'User does not exist.', $metadata: {} });
    const attributes = (sub: string, u: PoolUser) => [
      { Name: 'sub', Value: sub },
      { Name: 'email', Value: u.email },
      { Name: 'email_verified', Value: 'true' },
      ...(u.locale ? [{ Name: 'locale', Value: u.locale }] : []),
    ];
    const client: CognitoClient = {
      send: (async (command: { input: Record<string, any> }) => {
        const input = command.input;
        sent.push({ name: command.constructor.name, input });
        expect(input.UserPoolId).toBe(POOL);
        const user = input.Username === undefined ? undefined : users.get(input.Username);
        if (command instanceof ListUsersCommand) {
          const match = /^email = "((?:[^"\\]|\\.)*)"$/.exec(input.Filter);
          if (!match) throw new Error(`fake pool cannot read filter ${input.Filter}`);
          const email = match[1]!.replace(/\\(.)/g, '$1');
          return {
            Users: [...users]
              .filter(([, u]) => u.email === email)
              .map(([sub, u]) => ({
                Username: sub,
                Attributes: attributes(sub, u),
                UserCreateDate: u.created,
              })),
          };
        }
        if (!user) throw notFound();
        if (command instanceof AdminGetUserCommand) {
          return {
            Username: input.Username,
            UserAttributes: attributes(input.Username, user),
            UserCreateDate: user.created,
          };
        }
        if (command instanceof AdminListGroupsForUserCommand) {
          // One group per page, so the directory has to follow NextToken.
          const start = Number(input.NextToken ?? 0);
          const page = user.groups.slice(start, start + 1).map((GroupName) => ({ GroupName }));
          const next = start + 1 < user.groups.length ? String(start + 1) : undefined;
          return { Groups: page, NextToken: next };
        }
        if (command instanceof AdminAddUserToGroupCommand)
          return void user.groups.push(input.GroupName);
        if (command instanceof AdminRemoveUserFromGroupCommand) {
          user.groups = user.groups.filter((g) => g !== input.GroupName);
          return {};
        }
        if (command instanceof AdminDeleteUserCommand) return void users.delete(input.Username);
        if (command instanceof AdminUpdateUserAttributesCommand) {
          for (const { Name, Value } of input.UserAttributes) {
            if (Name !== 'locale') throw new Error(`fake pool does not change ${Name}`);
            user.locale = Value;
          }
          return {};
        }
        throw new Error(`fake pool does not know ${command.constructor.name}`);
      }) as CognitoClient['send'],
    };
    return { users, sent, client };
  }

  it('sets the locale attribute with AdminUpdateUserAttributes, and says so for an unknown sub', async () => {
    const pool = fakePool();
    pool.users.set('u-eva', { email: 'eva@example.org', groups: [], created: new Date() });
    const directory = createCognitoDirectory(POOL, pool.client);
    expect(await directory.setLocale('u-eva', 'en')).toBe(true);
    expect((await directory.get('u-eva'))?.locale).toBe('en');
    expect(pool.sent.find((c) => c.name === 'AdminUpdateUserAttributesCommand')?.input).toEqual({
      UserPoolId: POOL,
      Username: 'u-eva',
      UserAttributes: [{ Name: 'locale', Value: 'en' }],
    });
    expect(await directory.setLocale('u-nobody', 'de')).toBe(false);
  });

  it('escapes quotes and backslashes in the e-mail filter', () => {
    expect(cognitoEmailFilter('a"b\\c@example.org')).toBe('email = "a\\"b\\\\c@example.org"');
  });

  it('finds people by e-mail with ListUsers, and their roles over every page of groups', async () => {
    const pool = fakePool();
    const created = new Date('2026-11-02T10:00:00Z');
    pool.users.set('sub-1', {
      email: 'o"hara@example.org',
      groups: ['moderators', 'Google', 'admins'],
      locale: 'en',
      created,
    });
    pool.users.set('sub-2', { email: 'else@example.org', groups: [], created });
    const found = await createCognitoDirectory(POOL, pool.client).findByEmail('o"hara@example.org');
    expect(found).toEqual([
      {
        sub: 'sub-1',
        email: 'o"hara@example.org',
        emailVerified: true,
        groups: ['moderators', 'admins'],
        locale: 'en',
        createdAt: created.toISOString(),
      },
    ]);
    expect(pool.sent[0]).toMatchObject({
      name: 'ListUsersCommand',
      input: { Filter: 'email = "o\\"hara@example.org"' },
    });
  });

  it('answers null for an unknown sub, and a person with locale de by default', async () => {
    const pool = fakePool();
    pool.users.set('sub-3', { email: 'x@example.org', groups: [], created: new Date() });
    const directory = createCognitoDirectory(POOL, pool.client);
    expect(await directory.get('nope')).toBeNull();
    expect(await directory.get('sub-3')).toMatchObject({ sub: 'sub-3', locale: 'de', groups: [] });
  });

  it('changes only the difference of the roles, and leaves other groups alone', async () => {
    const pool = fakePool();
    pool.users.set('sub-4', {
      email: 'y@example.org',
      groups: ['curators', 'Google', 'moderators'],
      created: new Date(),
    });
    const after = await createCognitoDirectory(POOL, pool.client).setGroups('sub-4', [
      'moderators',
      'researchers',
    ]);
    expect(after.groups).toEqual(['moderators', 'researchers']);
    const changes = pool.sent.filter((c) => /^Admin(Add|Remove)/.test(c.name));
    expect(changes).toEqual([
      {
        name: 'AdminAddUserToGroupCommand',
        input: expect.objectContaining({ Username: 'sub-4', GroupName: 'researchers' }),
      },
      {
        name: 'AdminRemoveUserFromGroupCommand',
        input: expect.objectContaining({ Username: 'sub-4', GroupName: 'curators' }),
      },
    ]);
    expect(pool.users.get('sub-4')?.groups).toContain('Google');
  });

  it('says an unknown sub is unknown when setting groups, and removes idempotently', async () => {
    const pool = fakePool();
    const directory = createCognitoDirectory(POOL, pool.client);
    await expect(directory.setGroups('ghost', ['admins'])).rejects.toBeInstanceOf(
      UnknownPersonError,
    );
    pool.users.set('sub-5', { email: 'z@example.org', groups: [], created: new Date() });
    await directory.remove('sub-5');
    expect(pool.users.has('sub-5')).toBe(false);
    await directory.remove('sub-5');
  });

  it('does not create accounts: on AWS people sign up themselves', async () => {
    const directory = createCognitoDirectory(POOL, fakePool().client);
    await expect(directory.ensureUser({ email: 'new@example.org' })).rejects.toThrow(
      /local development/,
    );
  });
});
