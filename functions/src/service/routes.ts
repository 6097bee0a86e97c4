import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { createRouter } from '../core/create-app';
import { jsonContent } from '../core/openapi';

/** Health check, shared by every Lambda entry. */
export function healthRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['service'],
      summary: 'Liveness',
      responses: { 200: jsonContent(z.object({ status: z.literal('ok') }), 'Alive') },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );
  return app;
}
