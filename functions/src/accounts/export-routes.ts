import { createRoute } from '@hono/zod-openapi';
import type { TypedResponse } from 'hono';
import {
  PersonalDataExportSchema,
  type PersonalDataExport,
} from '../../../shared/schemas/personal-data';
import { rateLimitedError } from '../core/common-problems';
import { createRouter } from '../core/create-app';
import { HOURLY_LIMITS } from '../core/rate-limit';
import { access, problemResponses } from '../core/openapi';
import { requireUser } from '../core/require-user';
import { exportPersonalData, type PersonalDataContext } from './commands/export-personal-data';

const tags = ['accounts'];

/** `ruhr-stories-2026-12-02.json`: the day of the export (UTC), so several downloads sort. */
export const exportFileName = (at: Date) => `ruhr-stories-${at.toISOString().slice(0, 10)}.json`;

/** The personal data export (DESIGN §7 "Your data", GDPR Art. 15 and 20). */
export function personalDataRoutes(context: PersonalDataContext) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/export',
      operationId: 'exportMyData',
      description: `Everything Ruhr Stories holds about the caller, as one JSON document to download (GDPR Art. 15, right of access; Art. 20, data portability): the account at the identity provider (e-mail address, whether it is confirmed, roles), the profile, every own story in every status with its full place (exact coordinates and precision as given) and consent, every own comment and reply in every status, the stories the caller supports, the reports they made, the consent ledger, and the decisions not yet seen. Photos and voice recordings are not part of the platform yet, so there is no \`media\` section. At most ${HOURLY_LIMITS.export} exports an hour per person.`,
      tags,
      ...access.signedIn,
      summary: 'Download everything the platform holds about the caller (JSON)',
      responses: {
        200: {
          description: 'The export, as a download',
          headers: {
            'Content-Disposition': { $ref: '#/components/headers/Content-Disposition' },
            'Cache-Control': {
              description: 'Always `no-store`: personal data stays out of every cache.',
              schema: { type: 'string', const: 'no-store' },
            },
          },
          content: { 'application/json': { schema: PersonalDataExportSchema } },
        },
        ...problemResponses(401, 429),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const result = await exportPersonalData(context, user);
      if (!result.ok) throw rateLimitedError(context.now(), 'data exports');
      const exported = result.value;
      // Indented, so the file reads in any text editor; its shape is the schema's all the same.
      const response = c.body(JSON.stringify(exported, null, 2), 200, {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="${exportFileName(new Date(exported.exportedAt))}"`,
        'cache-control': 'no-store',
      });
      return response as unknown as TypedResponse<PersonalDataExport, 200, 'json'>;
    },
  );
  return app;
}
