import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  QueueQuerySchema,
  StoryDecisionInputSchema,
} from '../../../shared/schemas/moderation';
import { PageQuerySchema, StorySchema } from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { bearerAuth, IdParams, jsonBody, jsonContent, pageOf, problemResponses } from '../core/openapi';
import { invalidCursorError, notFoundError, ProblemError } from '../core/problem';
import { requireGroup } from '../core/require-user';
import { createStoryRepository } from '../stories/repository';
import { toStory } from '../stories/story-record';
import { createAuditRepository } from './audit-repository';
import { decideStory } from './commands/decide-story';

const tags = ['moderation'];

const QueueItemSchema = z.object({
  id: z.string(),
  kind: z.literal('story'),
  submittedAt: z.string(),
  ageSeconds: z.number().int(),
  flags: z.array(z.string()),
  story: StorySchema,
});

const AuditEntrySchema = z.object({
  id: z.string(),
  entityType: z.enum(['story', 'comment']),
  entityId: z.string(),
  decision: z.string(),
  reason: z.string().optional(),
  fromStatus: z.string(),
  toStatus: z.string(),
  actorSub: z.string(),
  actorName: z.string(),
  at: z.string(),
});


/** The moderation context: the queue, decisions, and the audit log. Moderators only. */
export function moderationRoutes(deps: Deps) {
  const stories = createStoryRepository(deps.db);
  const audit = createAuditRepository(deps.db);
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/queue',
      tags,
      security: bearerAuth,
      summary: 'Items waiting for a moderator, oldest first',
      request: { query: QueueQuerySchema },
      responses: {
        200: jsonContent(pageOf(QueueItemSchema), 'A page of the queue'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const user = requireGroup(c, 'moderators');
      const { kind, limit, cursor } = c.req.valid('query');
      const scope = `queue:${kind}`;
      const startKey = cursor ? deps.cursors.decode(scope, cursor) : undefined;
      if (startKey === null) throw invalidCursorError();
      // Comments and reports join the queue with the comment and report features.
      if (kind !== 'stories') return c.json({ items: [], nextCursor: null }, 200);
      const page = await stories.listPending(limit, startKey);
      const now = deps.now().getTime();
      const items = page.items.map((record) => ({
        id: record.id,
        kind: 'story' as const,
        submittedAt: record.submittedAt,
        ageSeconds: Math.max(0, Math.round((now - Date.parse(record.submittedAt)) / 1000)),
        flags: record.flags ?? [],
        story: toStory(record, user),
      }));
      return c.json({ items, nextCursor: deps.cursors.encode(scope, page.lastKey) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/moderation/stories/{id}/decision',
      tags,
      security: bearerAuth,
      summary: 'Approve, reject, request changes, hide or restore a story',
      request: { params: IdParams, body: jsonBody(StoryDecisionInputSchema) },
      responses: {
        200: jsonContent(StorySchema, 'The story after the decision'),
        ...problemResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const user = requireGroup(c, 'moderators');
      const { id } = c.req.valid('param');
      const result = await decideStory({ db: deps.db, stories, audit, now: deps.now }, user, id, c.req.valid('json'));
      if (result.ok) return c.json(toStory(result.value, user), 200);
      if (result.reason === 'not-found') throw notFoundError('story');
      throw new ProblemError(409, 'state-conflict', 'The story is no longer in a state this decision applies to; someone may have decided already.');
    },
  );

  for (const withEntity of [false, true]) {
    app.openapi(
      createRoute({
        method: 'get',
        path: withEntity ? '/moderation/log/{id}' : '/moderation/log',
        tags,
        security: bearerAuth,
        summary: withEntity ? 'The decisions on one item, newest first' : 'Every decision, newest first',
        request: { query: PageQuerySchema, ...(withEntity ? { params: IdParams } : {}) },
        responses: {
          200: jsonContent(pageOf(AuditEntrySchema), 'A page of the audit log'),
          ...problemResponses(400, 401, 403),
        },
      }),
      async (c) => {
        const user = requireGroup(c, 'moderators');
        const { limit, cursor } = c.req.valid('query');
        const entityId = withEntity ? c.req.param('id') : undefined;
        const scope = `log:${entityId ?? '*'}`;
        const startKey = cursor ? deps.cursors.decode(scope, cursor) : undefined;
        if (startKey === null) throw invalidCursorError();
        const page = await audit.list({ entityId, limit, startKey });
        return c.json({ items: page.items, nextCursor: deps.cursors.encode(scope, page.lastKey) }, 200);
      },
    );
  }

  return app;
}
