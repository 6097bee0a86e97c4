import { createRoute } from '@hono/zod-openapi';
import { CuratorNoticeSchema } from '../../../shared/schemas/curation';
import { PageQuerySchema } from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, jsonContent, pageOf, problemResponses } from '../core/openapi';
import { requireGroup } from '../core/require-user';
import type { CurationContext } from './context';

/** What curators need to know: stories that authors took out of their exhibitions. */
export function curatorNoticeRoutes(deps: Deps, context: CurationContext) {
  const { notices } = context;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/curation/notices',
      operationId: 'listCuratorNotices',
      description:
        'Stories whose authors withdrew exhibition consent or the whole story while they were in exhibitions, newest first. A notice is kept for 90 days. Curators only.',
      tags: ['curation'],
      ...access.group('curators'),
      summary: 'Notices for curators, newest first: exhibition consent withdrawn by authors',
      request: { query: PageQuerySchema },
      responses: {
        200: jsonContent(pageOf(CuratorNoticeSchema), 'A page of notices'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const { limit, cursor } = c.req.valid('query');
      const startKey = deps.cursors.startKey('notices', cursor);
      const page = await notices.list(limit, startKey, deps.now());
      return c.json(
        { items: page.items, nextCursor: deps.cursors.encode('notices', page.lastKey) },
        200,
      );
    },
  );

  return app;
}
