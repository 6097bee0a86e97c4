import { createRoute } from '@hono/zod-openapi';
import { AuditEntrySchema } from '../../../shared/schemas/moderation';
import { PageQuerySchema } from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { bearerAuth, IdParams, jsonContent, pageOf, problemResponses } from '../core/openapi';
import { requireGroup } from '../core/require-user';
import type { AuditRepository } from './audit-repository';

const tags = ['moderation'];

/** The audit log, every decision or one item's: closed to everyone but moderators. */
export function logRoutes(deps: Deps, audit: AuditRepository) {
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

  return app;
}
