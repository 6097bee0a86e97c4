import {
  AdminAddUserToGroupCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUpdateUserAttributesCommand,
  ListUsersCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { ROLES, type Role } from '../../../shared/vocabulary';
import { ProblemError } from '../core/problem-json';

/**
 * A person as the identity provider holds them. The provider is the only place an e-mail address
 * lives (DESIGN §7): code that needs one asks here, and never stores it in the table.
 */
export type DirectoryUser = {
  sub: string;
  email: string;
  emailVerified: boolean;
  /** Only the platform's roles; any other group of the pool is not ours to show or change. */
  groups: Role[];
  locale: 'de' | 'en';
  createdAt: string;
};

/** The identity provider's people, behind one interface: Cognito on AWS, the local provider here. */
export interface IdentityDirectory {
  /** Everyone with exactly this address (case-insensitive); usually none or one. */
  findByEmail(email: string): Promise<DirectoryUser[]>;
  get(sub: string): Promise<DirectoryUser | null>;
  /** Makes the person's roles exactly `groups`; throws UnknownPersonError for an unknown sub. */
  setGroups(sub: string, groups: Role[]): Promise<DirectoryUser>;
  /** Creates the account if its e-mail or sub is new (local development only). */
  ensureUser(person: {
    email: string;
    sub?: string;
    groups?: Role[];
    locale?: 'de' | 'en';
  }): Promise<DirectoryUser>;
  /**
   * Sets the person's `locale` attribute, so the provider's own e-mails (codes, a new address)
   * speak the language of their profile. Answers false for a sub the provider does not know
   * (a development token's persona): the profile still holds the choice.
   */
  setLocale(sub: string, locale: 'de' | 'en'): Promise<boolean>;
  /** Deletes the account; one that is already gone is fine. */
  remove(sub: string): Promise<void>;
}

export class UnknownPersonError extends Error {
  constructor(readonly sub: string) {
    super(`No person with sub ${sub} in the identity directory`);
  }
}

const onlyRoles = (groups: readonly unknown[]): Role[] =>
  ROLES.filter((role) => groups.includes(role));

const localeOf = (value: unknown): 'de' | 'en' => (value === 'en' ? 'en' : 'de');

// ---------------------------------------------------------------------------------------------
// Cognito (AWS): the user pool's admin APIs.

/** The part of the SDK client the directory uses, so a test can hand in a fake `send`. */
export type CognitoClient = Pick<CognitoIdentityProviderClient, 'send'>;

const isUserNotFound = (error: unknown) =>
  error instanceof Error && error.name === 'UserNotFoundException';

/** Cognito's filter syntax wants `"` and `\` inside the quoted value escaped with a backslash. */
export const cognitoEmailFilter = (email: string) =>
  `email = "${email.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

export function createCognitoDirectory(
  userPoolId: string,
  client: CognitoClient,
): IdentityDirectory {
  const UserPoolId = userPoolId;

  async function groupsOf(Username: string): Promise<string[]> {
    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new AdminListGroupsForUserCommand({ UserPoolId, Username, NextToken }),
      );
      names.push(...(page.Groups ?? []).flatMap((g) => (g.GroupName ? [g.GroupName] : [])));
      NextToken = page.NextToken;
    } while (NextToken);
    return names;
  }

  async function toUser(
    username: string,
    attributes: AttributeType[] | undefined,
    created: Date | undefined,
  ): Promise<DirectoryUser> {
    const attr = (name: string) => attributes?.find((a) => a.Name === name)?.Value;
    return {
      sub: attr('sub') ?? username,
      email: attr('email') ?? '',
      emailVerified: attr('email_verified') === 'true',
      groups: onlyRoles(await groupsOf(username)),
      locale: localeOf(attr('locale')),
      createdAt: (created ?? new Date(0)).toISOString(),
    };
  }

  async function get(sub: string): Promise<DirectoryUser | null> {
    try {
      // The pool signs in with e-mail, so a user's username is their sub (AdminGetUser takes it).
      const out = await client.send(new AdminGetUserCommand({ UserPoolId, Username: sub }));
      return await toUser(out.Username ?? sub, out.UserAttributes, out.UserCreateDate);
    } catch (error) {
      if (isUserNotFound(error)) return null;
      throw error;
    }
  }

  return {
    async findByEmail(email) {
      const found: DirectoryUser[] = [];
      let PaginationToken: string | undefined;
      do {
        const page = await client.send(
          new ListUsersCommand({ UserPoolId, Filter: cognitoEmailFilter(email), PaginationToken }),
        );
        for (const u of page.Users ?? []) {
          found.push(await toUser(u.Username!, u.Attributes, u.UserCreateDate));
        }
        PaginationToken = page.PaginationToken;
      } while (PaginationToken);
      return found;
    },
    get,
    async setGroups(sub, groups) {
      let current: string[];
      try {
        current = await groupsOf(sub);
      } catch (error) {
        if (isUserNotFound(error)) throw new UnknownPersonError(sub);
        throw error;
      }
      // Only the difference, and only among the platform's roles: other groups stay untouched.
      for (const GroupName of groups.filter((g) => !current.includes(g))) {
        await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: sub, GroupName }));
      }
      const dropped = onlyRoles(current).filter((g) => !groups.includes(g));
      for (const GroupName of dropped) {
        await client.send(
          new AdminRemoveUserFromGroupCommand({ UserPoolId, Username: sub, GroupName }),
        );
      }
      const user = await get(sub);
      if (!user) throw new UnknownPersonError(sub);
      return user;
    },
    async ensureUser() {
      throw new Error(
        'ensureUser is for local development only: on AWS people sign up at the user pool themselves',
      );
    },
    async setLocale(sub, locale) {
      try {
        await client.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId,
            Username: sub,
            UserAttributes: [{ Name: 'locale', Value: locale }],
          }),
        );
        return true;
      } catch (error) {
        if (isUserNotFound(error)) return false;
        throw error;
      }
    },
    async remove(sub) {
      try {
        await client.send(new AdminDeleteUserCommand({ UserPoolId, Username: sub }));
      } catch (error) {
        if (!isUserNotFound(error)) throw error;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Local: the local OpenID provider's `/local-admin` endpoints (scripts/local-auth/).

/** `adminUrl` is the provider's base URL; `/local-admin` is added unless it is already there. */
export function createLocalDirectory(adminUrl: string, adminKey: string): IdentityDirectory {
  const base = `${adminUrl.replace(/\/+$/, '').replace(/\/local-admin$/, '')}/local-admin`;

  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        'x-local-admin-key': adminKey,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok || response.status === 404) return response;
    // The address belongs to another account there: the caller's request, not a fault of ours.
    if (response.status === 409) {
      throw new ProblemError(
        409,
        'account-conflict',
        'That e-mail address belongs to another account.',
      );
    }
    throw new Error(`The local provider answered ${method} ${path} with ${response.status}`);
  }

  const toUser = (raw: Record<string, unknown>): DirectoryUser => ({
    sub: String(raw.sub),
    email: String(raw.email ?? ''),
    emailVerified: raw.emailVerified === true,
    groups: onlyRoles(Array.isArray(raw.groups) ? raw.groups : []),
    locale: localeOf(raw.locale),
    createdAt: String(raw.createdAt ?? new Date(0).toISOString()),
  });
  const userPath = (sub: string) => `/users/${encodeURIComponent(sub)}`;

  return {
    async findByEmail(email) {
      const response = await call('GET', `/users?email=${encodeURIComponent(email)}`);
      if (response.status === 404) return [];
      const { users } = (await response.json()) as { users: Record<string, unknown>[] };
      return users.map(toUser);
    },
    async get(sub) {
      const response = await call('GET', userPath(sub));
      return response.status === 404 ? null : toUser(await response.json());
    },
    async setGroups(sub, groups) {
      const response = await call('PUT', `${userPath(sub)}/groups`, { groups });
      if (response.status === 404) throw new UnknownPersonError(sub);
      return toUser(await response.json());
    },
    async ensureUser(person) {
      const response = await call('POST', '/users', person);
      if (response.status === 404) throw new Error('The local provider has no /local-admin/users');
      return toUser(await response.json());
    },
    async setLocale(sub, locale) {
      const response = await call('PUT', `${userPath(sub)}/locale`, { locale });
      return response.status !== 404;
    },
    async remove(sub) {
      await call('DELETE', userPath(sub));
    },
  };
}
