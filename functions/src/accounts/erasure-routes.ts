import { createRoute } from '@hono/zod-openapi';
import { AccountErasedSchema, AccountErasureSchema } from '../../../shared/schemas/account';
import { createRouter } from '../core/create-app';
import { access, jsonBody, jsonContent, problemResponses } from '../core/openapi';
import { ProblemError } from '../core/problem-json';
import { requireUser } from '../core/require-user';
import { eraseAccount } from './commands/erase-account';
import type { AccountsContext } from './context';
import type { IdentityDirectory } from './identity-directory';
import { ERASED_TOMBSTONE_SECONDS, ERASURE_ATTEMPTS } from './repository';

/** `DELETE /api/me`: the person erases their account (DESIGN §7, GDPR Art. 17). */
export function erasureRoutes(context: AccountsContext, directory: IdentityDirectory | null) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/me',
      operationId: 'eraseMe',
      description: [
        'Erases the caller’s account (GDPR Art. 17); it cannot be undone. The account is deleted at the identity provider, and afterwards no item of the platform holds the caller’s subject, display name or e-mail address.',
        '`contributions: "delete"`: every own story (in any status) and every own comment goes; a published story leaves the feeds, the museum picks and every exhibition first (curators get a notice). A comment that others replied to keeps its place for their replies, with no author, name or text (`erased: true`).',
        '`contributions: "anonymise"`: own published stories and published comments stay, shown as "anonym", with no link to the caller; every other own story and comment goes as above.',
        'Either way the caller’s supports and reports are withdrawn (every count stays exact), and their profile, notices and consent ledger are deleted. The caller’s token is refused from then on (401 `/problems/account-erased` where it would write anything). A request that stopped half-way can be sent again and finishes the erasure.',
        `Staff with a role get 409 \`/problems/staff-account\`: an admin removes the roles first. At most ${ERASURE_ATTEMPTS} requests within a day (429).`,
      ].join('\n\n'),
      tags: ['accounts'],
      ...access.signedIn,
      summary: 'Erases the caller’s account, deleting or anonymising their contributions',
      request: { body: jsonBody(AccountErasureSchema) },
      responses: {
        200: jsonContent(AccountErasedSchema, 'The account is erased'),
        ...problemResponses(400, 401, 409, 413, 415, 429),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { contributions } = c.req.valid('json');
      const result = await eraseAccount(
        { accounts: context.accounts, erasure: context.erasure, directory, now: context.now },
        user,
        contributions,
      );
      if (result.ok) return c.json(result.value, 200);
      if (result.reason === 'staff')
        throw new ProblemError(
          409,
          'staff-account',
          'This account has a staff role. An admin removes the roles first; then sign in again and delete the account.',
        );
      throw new ProblemError(
        429,
        'rate-limited',
        'This account was asked to be deleted too often today. Please try again tomorrow.',
        { headers: { 'retry-after': String(ERASED_TOMBSTONE_SECONDS) } },
      );
    },
  );
  return app;
}
