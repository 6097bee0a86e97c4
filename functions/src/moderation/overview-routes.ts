import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { QUEUE_KINDS } from '../../../shared/schemas/moderation';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { bearerAuth, jsonContent, problemResponses } from '../core/openapi';
import { requireGroup } from '../core/require-user';
import type { StoryRepository } from '../stories/repository';
import type { AuditRepository } from './audit-repository';
import { moderationOverview } from './overview';

const tags = ['moderation'];

const QueueStatsSchema = z.object({
  count: z.number().int(),
  oldestAgeSeconds: z.number().int().nullable(),
});
const DecisionTimesSchema = z.object({
  decisions: z.number().int(),
  medianSeconds: z.number().nullable(),
});
const OverviewSchema = z.object({
  queues: z.object(
    Object.fromEntries(QUEUE_KINDS.map((k) => [k, QueueStatsSchema])) as Record<
      (typeof QUEUE_KINDS)[number],
      typeof QueueStatsSchema
    >,
  ),
  timeToDecision: z.object({ last7Days: DecisionTimesSchema, last30Days: DecisionTimesSchema }),
});

/** The moderators' overview of the queues and decision times: closed to everyone but moderators. */
export function overviewRoutes(deps: Deps, stories: StoryRepository, audit: AuditRepository) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/overview',
      tags,
      security: bearerAuth,
      summary: 'Waiting items per queue, their oldest age, and the median time to a decision',
      responses: {
        200: jsonContent(OverviewSchema, 'The overview'),
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
