import { accountsContextRoutes } from './accounts/context-routes';
import type { RoutesFactory } from './app';
import {
  curationContextOf,
  identityDirectoryOf,
  mediaContextOf,
  moderationContextOf,
  opendataContextOf,
  storiesContextOf,
} from './composition';
import { createRouter } from './core/create-app';
import { HEADERS, withShellResponses } from './core/openapi';
import { curationRoutes } from './curation/routes';
import type { Deps } from './core/deps';
import { devAuthRoutes } from './dev-auth/routes';
import { mediaRoutes } from './media/routes';
import { moderationRoutes } from './moderation/routes';
import { opendataRoutes } from './opendata/routes';
import { healthRoutes } from './service/routes';
import { storiesRoutes } from './stories/routes';

/**
 * Every bounded context's routes, each with its context from the composition root: the local
 * server mounts them all, the docs describe them all.
 */
export const ALL_CONTEXTS: RoutesFactory[] = [
  (deps) => storiesRoutes(deps, storiesContextOf(deps)),
  (deps) => moderationRoutes(deps, moderationContextOf(deps)),
  (deps) => curationRoutes(deps, curationContextOf(deps)),
  (deps) => mediaRoutes(deps, mediaContextOf(deps)),
  (deps) => opendataRoutes(deps, opendataContextOf(deps)),
  accountsContextRoutes,
];

const DOCUMENT_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Ruhr Stories API',
    version: '1',
    description:
      'Stories of the Ruhr area, moderated before publication, curated with the Deutsches Bergbau-Museum Bochum. Errors are application/problem+json (RFC 9457). Each story is published under the licence its author chose (`consent.license`).',
    contact: { name: 'Deutsches Bergbau-Museum Bochum', url: 'https://www.bergbaumuseum.de' },
    license: { name: 'All rights reserved', identifier: 'LicenseRef-Ruhr-Stories-API' },
  },
  // Same origin as the site: the SPA and the API are served together (DESIGN §1).
  servers: [{ url: '/', description: 'The site the document is served from' }],
  tags: [
    { name: 'stories', description: 'Submissions, the public feed, story pages, own stories' },
    { name: 'media', description: 'Uploading photos and recordings for a story' },
    { name: 'comments and support', description: 'Comments, replies, support and reports' },
    { name: 'moderation', description: 'Queue, decisions, audit log and notes (moderators)' },
    { name: 'curation', description: 'Museum picks, notices for curators, feedback on barriers' },
    { name: 'exhibitions', description: 'Exhibitions, their stories and exports (curators)' },
    { name: 'calls', description: 'Calls for stories: the museum asks, residents answer' },
    {
      name: 'research data',
      description:
        'Published stories with research consent, and their data dictionary (researchers)',
    },
    {
      name: 'statistics',
      description: 'Public counts of stories, contributions and moderation times',
    },
    {
      name: 'harvesting',
      description:
        'OAI-PMH 2.0 for aggregators (Europeana, partner museums): oai_dc, sets by theme',
    },
    { name: 'accounts', description: 'The signed-in caller, and the web app’s run-time config' },
    { name: 'admin', description: 'Staff roles (admins)' },
    { name: 'service', description: 'Health' },
    { name: 'development', description: 'The local token issuer (AUTH_MODE=local only)' },
  ],
};

/** The OpenAPI 3.1 document of every context, generated from the same zod schemas as the routes. */
export function openApiDocument(deps: Deps) {
  const all = createRouter();
  all.route('/api', healthRoutes());
  for (const routes of ALL_CONTEXTS) all.route('/api', routes(deps));
  if (deps.devIssuer) {
    all.route('/api', devAuthRoutes(deps.devIssuer, identityDirectoryOf(deps.config)));
  }
  all.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'An access token of the identity provider (`token_use: "access"`, `client_id` the web app’s; ID tokens are refused). Roles come from `cognito:groups`; an operation that needs one names it in its security requirement.',
  });
  for (const [name, header] of Object.entries(HEADERS)) {
    all.openAPIRegistry.registerComponent('headers', name, header);
  }
  return withShellResponses(all.getOpenAPI31Document(DOCUMENT_INFO));
}
