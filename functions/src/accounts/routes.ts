import { createRoute } from '@hono/zod-openapi';
import { MeSchema } from '../../../shared/schemas/account';
import { createRouter } from '../core/create-app';
import { bearerAuth, jsonContent, problemResponses } from '../core/openapi';
import { requireUser } from '../core/require-user';

/** The accounts context: who the caller is. Profile, data export and erasure come later. */
export function accountsRoutes() {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['accounts'],
      security: bearerAuth,
      summary: 'The signed-in caller',
      responses: { 200: jsonContent(MeSchema, 'The caller'), ...problemResponses(401) },
    }),
    (c) => {
      const user = requireUser(c);
      return c.json({ sub: user.sub, name: user.name, groups: user.groups }, 200);
    },
  );
  return app;
}
