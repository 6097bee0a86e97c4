import { accountsRoutes } from './accounts/routes';
import type { RoutesFactory } from './app';
import {
  accountsContextOf,
  curationContextOf,
  moderationContextOf,
  storiesContextOf,
} from './composition';
import { createRouter } from './core/create-app';
import { curationRoutes } from './curation/routes';
import type { Deps } from './core/deps';
import { moderationRoutes } from './moderation/routes';
import { storiesRoutes } from './stories/routes';

/**
 * Every bounded context's routes, each with its context from the composition root: the local
 * server mounts them all, the docs describe them all.
 */
export const ALL_CONTEXTS: RoutesFactory[] = [
  (deps) => storiesRoutes(deps, storiesContextOf(deps)),
  (deps) => moderationRoutes(deps, moderationContextOf(deps)),
  (deps) => curationRoutes(deps, curationContextOf(deps)),
  (deps) => accountsRoutes(deps, accountsContextOf(deps)),
];

const DOCUMENT_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Ruhr Stories API',
    version: '1',
    description:
      'Stories of the Ruhr area, moderated before publication, curated with the Deutsches Bergbau-Museum Bochum. Errors are application/problem+json (RFC 9457).',
  },
};

/** The OpenAPI 3.1 document of every context, generated from the same zod schemas as the routes. */
export function openApiDocument(deps: Deps) {
  const all = createRouter();
  for (const routes of ALL_CONTEXTS) all.route('/api', routes(deps));
  all.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  return all.getOpenAPI31Document(DOCUMENT_INFO);
}
