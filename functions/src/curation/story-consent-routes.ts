import { createRoute } from '@hono/zod-openapi';
import { StoryConsentListSchema, StoryConsentQuerySchema } from '../../../shared/schemas/curation';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { isId } from '../core/ids';
import { access, jsonContent, problemResponses } from '../core/openapi';
import { requireGroup } from '../core/require-user';
import type { CurationContext } from './context';

/**
 * What the authors of a page of found stories allowed, for the curators' finder: feed cards carry
 * no consent, and one read per card made opening the workspace cost a request per result.
 */
export function storyConsentRoutes(_deps: Deps, context: CurationContext) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/curation/story-consents',
      operationId: 'listStoryConsents',
      description:
        'The exhibition and research consent of each published story named (at most 50, comma-separated), in one read; stories not published are left out. Curators only.',
      tags: ['curation'],
      ...access.group('curators'),
      summary: 'What the authors of some published stories allowed',
      request: { query: StoryConsentQuerySchema },
      responses: {
        200: jsonContent(StoryConsentListSchema, 'The consent of each published story named'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const ids = c.req.valid('query').storyIds.filter(isId);
      const items = ids.length ? await context.stories.publishedConsents(ids) : [];
      return c.json({ items }, 200);
    },
  );

  return app;
}
