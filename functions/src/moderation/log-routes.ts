import { createRoute } from '@hono/zod-openapi';
import {
  AuditEntrySchema,
  ModerationNoteListSchema,
  ModerationNoteSchema,
  ModerationOverviewSchema,
  NoteInputSchema,
} from '../../../shared/schemas/moderation';
import { PageQuerySchema } from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import {
  bearerAuth,
  IdParams,
  jsonBody,
  jsonContent,
  pageOf,
  problemResponses,
} from '../core/openapi';
import { requireGroup } from '../core/require-user';
import type { AuditRepository } from './audit-repository';
import { createNotesRepository } from './notes-repository';
import { moderationOverview } from './overview';

const tags = ['moderation'];

/** The audit log, moderator notes and the overview: closed to everyone but moderators. */
export function logRoutes(deps: Deps, audit: AuditRepository) {
  const notes = createNotesRepository(deps.db);
  const app = createRouter();

  for (const withEntity of [false, true]) {
    app.openapi(
      createRoute({
        method: 'get',
        path: withEntity ? '/moderation/log/{id}' : '/moderation/log',
        tags,
        security: bearerAuth,
        summary: withEntity
          ? 'The decisions on one item, newest first'
          : 'Every decision, newest first',
        request: { query: PageQuerySchema, ...(withEntity ? { params: IdParams } : {}) },
        responses: {
          200: jsonContent(pageOf(AuditEntrySchema), 'A page of the audit log'),
          ...problemResponses(400, 401, 403),
        },
      }),
      async (c) => {
        requireGroup(c, 'moderators');
        const { limit, cursor } = c.req.valid('query');
        const entityId = withEntity ? c.req.param('id') : undefined;
        const scope = entityId ? `log:entity:${entityId}` : 'log:all';
        const startKey = deps.cursors.startKey(scope, cursor);
        const page = await audit.list({ entityId, limit, startKey });
        return c.json(
          { items: page.items, nextCursor: deps.cursors.encode(scope, page.lastKey) },
          200,
        );
      },
    );
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/notes/{id}',
      tags,
      security: bearerAuth,
      summary: 'Internal moderator notes on an item, oldest first',
      request: { params: IdParams },
      responses: {
        200: jsonContent(ModerationNoteListSchema, 'The notes'),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'moderators');
      return c.json({ items: await notes.list(c.req.valid('param').id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/moderation/notes/{id}',
      tags,
      security: bearerAuth,
      summary: 'Adds an internal note to an item (moderators only ever see it)',
      request: { params: IdParams, body: jsonBody(NoteInputSchema) },
      responses: {
        201: jsonContent(ModerationNoteSchema, 'The note'),
        ...problemResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      const user = requireGroup(c, 'moderators');
      const now = deps.now();
      const note = await notes.add(
        {
          entityId: c.req.valid('param').id,
          body: c.req.valid('json').body,
          authorSub: user.sub,
          authorName: user.name,
          at: now.toISOString(),
        },
        now,
      );
      return c.json(note, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/overview',
      tags,
      security: bearerAuth,
      summary: 'Waiting items per queue, their oldest age, and the median time to a decision',
      responses: {
        200: jsonContent(ModerationOverviewSchema, 'The overview'),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'moderators');
      return c.json(await moderationOverview(deps.db, audit, deps.now()), 200);
    },
  );

  return app;
}
