import { swaggerUI } from '@hono/swagger-ui';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from './core/create-app';
import type { Deps } from './core/deps';
import type { AppEnv } from './core/hono-env';
import { healthRoutes } from './service/routes';

export type Router = OpenAPIHono<AppEnv>;
export type RoutesFactory = (deps: Deps) => Router;

/**
 * The API with the given contexts' routes mounted under /api, plus health. Each Lambda entry passes
 * only its own context (so its bundle holds only that code); the local server passes all of them.
 * `document` adds /api/openapi.json and the interactive reference at /api/docs.
 */
export function buildApp(
  deps: Deps,
  options: { routes: RoutesFactory[]; document?: (deps: Deps) => unknown },
) {
  const app = createApp(deps);
  app.route('/api', healthRoutes());
  for (const routes of options.routes) app.route('/api', routes(deps));
  if (options.document) {
    const document = options.document(deps);
    app.get('/api/openapi.json', (c) => c.json(document));
    app.get('/api/docs', swaggerUI({ url: '/api/openapi.json', title: 'Ruhr Stories API' }));
  }
  return app;
}
