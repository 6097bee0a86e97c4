import { swaggerUI } from '@hono/swagger-ui';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { accountsRoutes } from './accounts/routes';
import { createApp, createRouter } from './core/create-app';
import type { Deps } from './core/deps';
import type { AppEnv } from './core/hono-env';
import { moderationRoutes } from './moderation/routes';
import { healthRoutes } from './service/routes';
import { storiesRoutes } from './stories/routes';

type Router = OpenAPIHono<AppEnv>;
export type ContextName = 'stories' | 'moderation' | 'accounts';

const CONTEXTS: Record<ContextName, (deps: Deps) => Router> = {
  stories: storiesRoutes,
  moderation: moderationRoutes,
  accounts: () => accountsRoutes(),
};

const DOCUMENT_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Ruhr Stories API',
    version: '1',
    description:
      'Stories of the Ruhr area, moderated before publication, curated with the Deutsches Bergbau-Museum Bochum. Errors are application/problem+json.',
  },
};

/** The OpenAPI 3.1 document of every context, generated from the same zod schemas as the routes. */
export function openApiDocument(deps: Deps) {
  const all = createRouter();
  for (const routes of Object.values(CONTEXTS)) all.route('/api', routes(deps));
  all.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  return all.getOpenAPI31Document(DOCUMENT_INFO);
}

/**
 * The API with the given contexts mounted under /api, plus health. Each Lambda entry mounts its
 * own context; the local server mounts all of them. `withDocs` adds /api/openapi.json and /api/docs.
 */
export function buildApp(
  deps: Deps,
  options: { contexts: ContextName[]; withDocs?: boolean; extra?: Router[] },
) {
  const app = createApp(deps);
  app.route('/api', healthRoutes());
  for (const name of options.contexts) app.route('/api', CONTEXTS[name](deps));
  for (const router of options.extra ?? []) app.route('/api', router);
  if (options.withDocs) {
    const document = openApiDocument(deps);
    app.get('/api/openapi.json', (c) => c.json(document));
    app.get('/api/docs', swaggerUI({ url: '/api/openapi.json', title: 'Ruhr Stories API' }));
  }
  return app;
}
