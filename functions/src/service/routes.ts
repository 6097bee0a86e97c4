import { createRoute } from '@hono/zod-openapi';
import { HealthSchema } from '../../../shared/schemas/service';
import { createRouter } from '../core/create-app';
import { access, jsonContent } from '../core/openapi';

/** Health check, shared by every Lambda entry. */
export function healthRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/health',
      operationId: 'getHealth',
      description: 'Answers 200 while the function runs.',
      tags: ['service'],
      summary: 'Liveness',
      responses: { 200: jsonContent(HealthSchema, 'Alive') },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );
  return app;
}
