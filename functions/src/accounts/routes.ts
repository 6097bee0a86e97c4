import { createRoute } from '@hono/zod-openapi';
import { MeWithUnseenDecisionsSchema, DecisionsSeenSchema } from '../../../shared/schemas/account';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, jsonContent, problemResponses } from '../core/openapi';
import { requireUser } from '../core/require-user';
import type { AccountsContext } from './context';

const tags = ['accounts'];

/** The accounts context: who the caller is, and what they have not seen yet. */
export function accountsRoutes(deps: Deps, context: AccountsContext) {
  const { accounts } = context;
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      operationId: 'getMe',
      description:
        'Who the caller is: subject, display name, roles, and how many moderator decisions on their stories they have not seen yet.',
      tags,
      ...access.signedIn,
      summary:
        'The signed-in caller, with the number of moderator decisions on their stories not yet seen',
      responses: {
        200: jsonContent(MeWithUnseenDecisionsSchema, 'The caller'),
        ...problemResponses(401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const unseenDecisions = await accounts.unseenDecisions(user.sub);
      return c.json({ sub: user.sub, name: user.name, groups: user.groups, unseenDecisions }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/me/notices/seen',
      operationId: 'markNoticesSeen',
      description:
        'Marks every moderator decision on the caller’s stories as seen; the count in `GET /api/me` becomes 0.',
      tags,
      ...access.signedIn,
      summary: "Marks every decision on the caller's stories as seen",
      responses: {
        200: jsonContent(DecisionsSeenSchema, 'Seen'),
        ...problemResponses(401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      await accounts.markDecisionsSeen(user.sub);
      return c.json({ unseenDecisions: 0 as const }, 200);
    },
  );
  return app;
}
