import { createRoute } from '@hono/zod-openapi';
import {
  GroupsInputSchema,
  PeopleQuerySchema,
  PeopleSchema,
  PersonGroupsSchema,
  PersonParams,
} from '../../../shared/schemas/admin';
import { createRouter } from '../core/create-app';
import { access, jsonBody, jsonContent, problemResponses } from '../core/openapi';
import { notFoundError, ProblemError } from '../core/problem-json';
import { requireGroup } from '../core/require-user';
import { UnknownPersonError, type IdentityDirectory } from './identity-directory';

const tags = ['admin'];

/** What the admin routes work with: the provider's people, and the names the platform shows. */
export type AdminContext = {
  /** Null when neither USER_POOL_ID nor LOCAL_AUTH_ADMIN_URL is configured. */
  directory: IdentityDirectory | null;
  /** The person's display name; null until they chose one. */
  displayNameOf(sub: string): Promise<string | null>;
};

const NO_DIRECTORY =
  'No identity directory is configured (USER_POOL_ID on AWS, LOCAL_AUTH_ADMIN_URL locally), so people cannot be looked up or given roles here.';
const NO_DIRECTORY_DOC =
  '`/problems/no-identity-directory`: this deployment has no identity directory configured.';

function directoryOf(context: AdminContext): IdentityDirectory {
  if (context.directory) return context.directory;
  throw new ProblemError(409, 'no-identity-directory', NO_DIRECTORY);
}

/**
 * Admins give staff their roles (DESIGN §7). The roles live at the identity provider as groups, so
 * a change shows from the person's next token. Changes are written to the structured log (the
 * moderation log is about items, not people); no e-mail address is ever stored in the table.
 */
export function adminRoutes(context: AdminContext) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/admin/people',
      operationId: 'findPeople',
      description: `Finds the people with exactly this e-mail address at the identity provider, with their roles and display name. 409 ${NO_DIRECTORY_DOC}`,
      tags,
      ...access.group('admins'),
      summary: 'People with an e-mail address, and their roles (admins)',
      request: { query: PeopleQuerySchema },
      responses: {
        200: jsonContent(PeopleSchema, 'Everyone with that address; usually none or one'),
        ...problemResponses(400, 401, 403, 409),
      },
    }),
    async (c) => {
      requireGroup(c, 'admins');
      const found = await directoryOf(context).findByEmail(c.req.valid('query').email);
      // Only confirmed addresses: anyone can put an address they do not own on their account
      // before confirming it, and an admin must never give a role to a look-alike.
      const items = await Promise.all(
        found
          .filter((person) => person.emailVerified)
          .map(async ({ sub, email, groups }) => ({
            sub,
            email,
            groups,
            displayName: await context.displayNameOf(sub),
          })),
      );
      return c.json({ items }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/admin/people/{sub}/groups',
      operationId: 'setPersonGroups',
      description: `Sets the person's roles to exactly \`groups\` (an empty list makes them a resident). It shows from their next token. 404 for an unknown subject. 409 \`/problems/own-admin-role\`: an admin cannot take the admins role from themselves, so the team is never left without one by accident; another admin has to. 409 ${NO_DIRECTORY_DOC}`,
      tags,
      ...access.group('admins'),
      summary: "Sets a person's roles (admins)",
      request: { params: PersonParams, body: jsonBody(GroupsInputSchema) },
      responses: {
        200: jsonContent(PersonGroupsSchema, 'The person with their new roles'),
        ...problemResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const admin = requireGroup(c, 'admins');
      const { sub } = c.req.valid('param');
      const { groups } = c.req.valid('json');
      const directory = directoryOf(context);
      const found = await directory.get(sub);
      // An account whose address is not confirmed is nobody an admin could have looked up.
      if (!found || !found.emailVerified) throw notFoundError('person');
      const before = found;
      // The directory's own spelling of the subject: the pool matches user names in any case.
      if (before.sub === admin.sub && !groups.includes('admins')) {
        throw new ProblemError(
          409,
          'own-admin-role',
          'You cannot take the admins role from yourself; ask another admin to do it.',
        );
      }
      const after = await directory.setGroups(before.sub, groups).catch((error: unknown) => {
        // Deleted between the two calls: as unknown as if it had never been there.
        throw error instanceof UnknownPersonError ? notFoundError('person') : error;
      });
      c.get('log').info('roles changed', {
        by: admin.sub,
        person: before.sub,
        before: before.groups,
        after: after.groups,
      });
      return c.json({ sub: after.sub, email: after.email, groups: after.groups }, 200);
    },
  );
  return app;
}
