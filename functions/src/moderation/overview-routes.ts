import { createRoute } from '@hono/zod-openapi';
import { ModerationOverviewSchema } from '../../../shared/schemas/moderation';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, jsonContent, problemResponses } from '../core/openapi';
import { requireGroup } from '../core/require-user';
import type { StoryRepository } from '../stories/repository';
import type { AuditRepository } from './audit-repository';
import { moderationOverview } from './overview';

const tags = ['moderation'];

/** The moderators' overview of the queues and decision times: closed to everyone but moderators. */
export function overviewRoutes(deps: Deps, stories: StoryRepository, audit: AuditRepository) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/overview',
      operationId: 'getModerationOverview',
      description:
        'How many items wait in each queue and since when, and the median time to a decision over the last 7 and 30 days. Moderators only.',
      tags,
      ...access.group('moderators'),
      summary: 'Waiting items per queue, their oldest age, and the median time to a decision',
      responses: {
        200: jsonContent(ModerationOverviewSchema, 'The overview'),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'moderators');
      return c.json(await moderationOverview(stories, audit, deps.now()), 200);
    },
  );

  return app;
}
