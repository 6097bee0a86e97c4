import { createRoute, z } from '@hono/zod-openapi';
import {
  RESEARCH_FORMATS,
  RESEARCH_PAGE_SIZE,
  ResearchDictionarySchema,
  ResearchQuerySchema,
  ResearchStorySchema,
} from '../../../shared/schemas/opendata';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, jsonContent, problemResponses } from '../core/openapi';
import { requireGroup } from '../core/require-user';
import type { OpendataContext } from './context';
import { inResearchData } from './permissions';
import { RESEARCH_LICENSE, researchFields } from './research-dictionary';
import { csvRows, jsonLines, toResearchStory } from './research-record';

const tags = ['research data'];
const CURSOR_SCOPE = 'research-stories';

/**
 * Research data (DESIGN §10, group `researchers`): published stories with research consent, in
 * pages of at most 50 (Lambda answers at most 6 MB; API Gateway cannot stream), and the data
 * dictionary. A withdrawn consent leaves the next download at once: every page reads the stories
 * as they are now.
 */
export function researchRoutes(deps: Deps, context: OpendataContext) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/research/stories',
      operationId: 'researchStories',
      description: `Published stories whose authors consented to research use, newest first, as JSON Lines (one ResearchStory a line, \`application/x-ndjson\`) or CSV (RFC 4180, every field quoted, lists joined by \`|\`, UTF-8 with a byte order mark; the header row only on the first page). No names, subs or e-mail addresses; the place at its public precision (none when hidden). At most ${RESEARCH_PAGE_SIZE} stories an answer: the next page's URL is in \`Link: <…>; rel="next"\`; the pages of one format concatenate into one file. Researchers only.`,
      tags,
      ...access.group('researchers'),
      summary: 'Download research data: JSON Lines or CSV',
      request: { query: ResearchQuerySchema },
      responses: {
        200: {
          description: 'One page of the export, as a download',
          headers: {
            'Content-Disposition': { $ref: '#/components/headers/Content-Disposition' },
            Link: {
              description: 'The next page, if any: `<url>; rel="next"`',
              schema: { type: 'string' },
            },
          },
          content: {
            'application/x-ndjson': { schema: ResearchStorySchema },
            'text/csv': { schema: z.string() },
          },
        },
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'researchers');
      const { format, limit, cursor } = c.req.valid('query');
      const startKey = deps.cursors.startKey(CURSOR_SCOPE, cursor);
      const page = await context.stories.listPublishedRecords(limit, startKey);
      const origin = deps.config.siteUrl ?? new URL(c.req.url).origin;
      const rows = page.items
        .filter(inResearchData)
        .map((story) => toResearchStory(story, (id) => `${origin}/stories/${id}`));
      const next = deps.cursors.encode(CURSOR_SCOPE, page.lastKey);
      const headers: Record<string, string> = {
        'content-disposition': `attachment; filename="ruhr-stories-research.${format}"`,
        'cache-control': 'no-store',
      };
      if (next) {
        const url = new URL(c.req.url);
        url.searchParams.set('cursor', next);
        headers.link = `<${url.pathname}${url.search}>; rel="next"`;
      }
      if (format === 'csv') {
        headers['content-type'] = 'text/csv; charset=utf-8';
        return c.body(csvRows(rows, cursor === undefined), 200, headers);
      }
      headers['content-type'] = 'application/x-ndjson; charset=utf-8';
      return c.body(jsonLines(rows), 200, headers);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/research/dictionary',
      operationId: 'researchDictionary',
      description:
        'The data dictionary of the research export: each field with its type and a German and English description, the licence terms, and how many stories the export holds now. Researchers only.',
      tags,
      ...access.group('researchers'),
      summary: 'The research data dictionary',
      responses: {
        200: jsonContent(ResearchDictionarySchema, 'The data dictionary'),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'researchers');
      const storyCount = await context.stats.researchStoryCount();
      return c.json(
        {
          formats: [...RESEARCH_FORMATS],
          pageSize: RESEARCH_PAGE_SIZE,
          storyCount,
          generatedAt: context.now().toISOString(),
          license: RESEARCH_LICENSE,
          fields: researchFields(),
        },
        200,
        { 'cache-control': 'no-store' },
      );
    },
  );

  return app;
}
