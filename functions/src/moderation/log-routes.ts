import { createRoute } from '@hono/zod-openapi';
import { AuditEntrySchema, ItemLogQuerySchema } from '../../../shared/schemas/moderation';
import { PageQuerySchema } from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, IdParams, jsonContent, pageOf, problemResponses } from '../core/openapi';
import { notFoundError } from '../core/problem-json';
import { requireGroup } from '../core/require-user';
import type { ModerationContext } from './context';
import { isModeratedItem } from './moderated-item';
import { withLogDetails } from './log-details';

const tags = ['moderation'];

/** The audit log, every decision or one item's: closed to everyone but moderators. */
export function logRoutes(deps: Deps, context: ModerationContext) {
  const { audit } = context;
  const app = createRouter();

  /** A page of the platform's log, or of one item's; an item that does not exist is a 404. */
  async function logPage(
    query: { limit: number; cursor?: string },
    item?: { id: string; storyId?: string },
  ) {
    const scope = item ? `log:entity:${item.id}` : 'log:all';
    const startKey = deps.cursors.startKey(scope, query.cursor);
    const page = await audit.list({ entityId: item?.id, limit: query.limit, startKey });
    // Only an empty first page needs the item looked up: a decision or a cursor proves it.
    if (item && !query.cursor && page.items.length === 0) {
      if (!(await isModeratedItem(context, item.id, item.storyId)))
        throw notFoundError('story or comment');
    }
    const items = await withLogDetails(context, page.items, context.now());
    return { items, nextCursor: deps.cursors.encode(scope, page.lastKey) };
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/log',
      operationId: 'listModerationLog',
      description:
        'Every moderation decision on the platform, newest first: who decided what, when and why. Moderators only.',
      tags,
      ...access.group('moderators'),
      summary: 'Every decision, newest first',
      request: { query: PageQuerySchema },
      responses: {
        200: jsonContent(pageOf(AuditEntrySchema), 'A page of the audit log'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'moderators');
      return c.json(await logPage(c.req.valid('query')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/log/{id}',
      operationId: 'listItemModerationLog',
      description:
        'The decisions on one story, or on one comment (with `storyId`), newest first. 404 for an id that is no story or comment. Moderators only.',
      tags,
      ...access.group('moderators'),
      summary: 'The decisions on one item, newest first',
      request: { params: IdParams, query: ItemLogQuerySchema },
      responses: {
        200: jsonContent(pageOf(AuditEntrySchema), 'A page of the audit log'),
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      requireGroup(c, 'moderators');
      const { storyId, ...query } = c.req.valid('query');
      return c.json(await logPage(query, { id: c.req.valid('param').id, storyId }), 200);
    },
  );

  return app;
}
