import { createRoute } from '@hono/zod-openapi';
import {
  ExportCsvSchema,
  ExportJsonLdSchema,
  ExportQuerySchema,
} from '../../../shared/schemas/curation';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { isId } from '../core/ids';
import { access, IdParams, problemResponses } from '../core/openapi';
import { notFoundError } from '../core/problem-json';
import { requireGroup } from '../core/require-user';
import type { CurationContext } from './context';
import { exhibitionCsv } from './export/csv';
import { exportFileName, siteLinks } from './export/fields';
import { exhibitionJsonLd } from './export/json-ld';

const tags = ['exhibitions'];

/**
 * Exports for the museum's collection systems and for rights checks: every item with its licence,
 * attribution and consent, as schema.org JSON-LD or as a spreadsheet (CSV).
 */
export function exportRoutes(deps: Deps, context: CurationContext) {
  const { exhibitions } = context;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/exhibitions/{id}/export',
      operationId: 'exportExhibition',
      description:
        'Every story of an exhibition with its licence, attribution and consent, as schema.org JSON-LD or as CSV, as a download. Curators only.',
      tags,
      ...access.group('curators'),
      summary: 'Export an exhibition: JSON-LD (schema.org) or CSV, with licence and consent',
      request: { params: IdParams, query: ExportQuerySchema },
      responses: {
        200: {
          description: 'The export, as a download',
          headers: {
            'Content-Disposition': { $ref: '#/components/headers/Content-Disposition' },
          },
          content: {
            'application/ld+json': { schema: ExportJsonLdSchema },
            'text/csv': { schema: ExportCsvSchema },
          },
        },
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const { id } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const loaded = isId(id) ? await exhibitions.load(id) : null;
      if (!loaded) throw notFoundError('exhibition');
      // Behind CloudFront the request's host is the API's; SITE_URL names the public site.
      const links = siteLinks(deps.config.siteUrl ?? new URL(c.req.url).origin);
      const { exhibition, items } = loaded;
      const csv = format === 'csv';
      const body = csv
        ? exhibitionCsv(items, links)
        : JSON.stringify(exhibitionJsonLd(exhibition, items, links), null, 2);
      const fileName = exportFileName(exhibition, csv ? 'csv' : 'jsonld');
      return c.body(body, 200, {
        'content-type': csv ? 'text/csv; charset=utf-8' : 'application/ld+json; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName}"`,
        'cache-control': 'no-store',
      });
    },
  );

  return app;
}
