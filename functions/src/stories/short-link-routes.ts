import { createRoute } from '@hono/zod-openapi';
import { ShortCodeParams, ShortLinkSchema } from '../../../shared/schemas/short-link';
import { normalizeShortCode } from '../../../shared/short-link';
import { createRouter } from '../core/create-app';
import { access, jsonContent, problemResponses } from '../core/openapi';
import { notFoundError } from '../core/problem-json';
import type { StoriesContext } from './context';

/** Short links (`/s/<code>` on the site): which story a printed or kiosk code leads to. */
export function shortLinkRoutes(context: StoriesContext) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/s/{code}',
      operationId: 'resolveShortLink',
      description:
        'The story ids behind a short code (six characters, case and o/0, i/l/1 forgiven): one, or more when two stories share it. Publication stores the link; the story page says what the caller may see. 404 for a code nobody has.',
      tags: ['stories'],
      summary: 'The story a short link leads to',
      request: { params: ShortCodeParams },
      responses: {
        200: jsonContent(ShortLinkSchema, 'The stories with this code'),
        ...problemResponses(404),
      },
    }),
    async (c) => {
      const code = normalizeShortCode(c.req.valid('param').code);
      const storyIds = code ? await context.stories.shortLinkTargets(code) : [];
      if (!code || storyIds.length === 0) throw notFoundError('short link');
      return c.json({ code, storyIds }, 200);
    },
  );

  return app;
}
