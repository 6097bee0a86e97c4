import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from './core/create-app';
import type { Deps } from './core/deps';
import type { AppEnv } from './core/hono-env';
import { DOCS_CONTENT_SECURITY_POLICY, DOCS_PAGE } from './service/api-docs';
import { healthRoutes } from './service/routes';

export type Router = OpenAPIHono<AppEnv>;
export type RoutesFactory = (deps: Deps) => Router;

/**
 * The API with the given contexts' routes mounted under /api, plus health. Each Lambda entry passes
 * only its own context (so its bundle holds only that code); the local server passes all of them.
 * `document` adds /api/openapi.json and the interactive reference at /api/docs (its assets are
 * files of the site, see service/api-docs.ts).
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
    app.get('/api/docs', (c) =>
      c.html(DOCS_PAGE, 200, { 'content-security-policy': DOCS_CONTENT_SECURITY_POLICY }),
    );
  }
  return app;
}
