import { createRoute } from '@hono/zod-openapi';
import { PublicStatsSchema } from '../../../shared/schemas/opendata';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, jsonContent } from '../core/openapi';
import type { OpendataContext } from './context';
import { publicStats } from './public-stats';

const tags = ['statistics'];

/** Public statistics (DESIGN §10), read from the counters of the stats-counter event handler. */
export function statsRoutes(_deps: Deps, context: OpendataContext) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/stats',
      operationId: 'publicStats',
      description:
        'Counts of published stories by theme (theme slugs), decade, language and city, submissions and comments per month, and how long a moderator’s decision takes (a histogram in hours with the bucket of the median). Every count below 5 is null; keys never counted are left out (themes, languages and buckets are always listed). Computed from counters the event handlers keep, never by scanning; cached for five minutes.',
      tags,
      ...access.anyone,
      summary: 'Public statistics',
      responses: { 200: jsonContent(PublicStatsSchema, 'The statistics') },
    }),
    async (c) => {
      const stats = publicStats(await context.stats.counters());
      // The same for everyone: CloudFront and browsers may keep it a while.
      return c.json(stats, 200, { 'cache-control': 'public, max-age=300' });
    },
  );

  return app;
}
