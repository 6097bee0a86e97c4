import { createRoute } from '@hono/zod-openapi';
import { ClientConfigSchema, TOKEN_SCOPES } from '../../../shared/schemas/client-config';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, jsonContent } from '../core/openapi';

/** Short enough that a changed deployment reaches every browser within minutes. */
const CACHE_CONTROL = 'public, max-age=300';

/**
 * `GET /api/config`: where the web app signs people in, read at run time so one build of the SPA
 * serves every environment (DESIGN §2 Auth). Part of the accounts context, whose Lambda is also
 * the API's default route.
 */
export function clientConfigRoutes(deps: Pick<Deps, 'config'>) {
  const { config } = deps;
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/config',
      operationId: 'getClientConfig',
      description:
        'The identity provider the web app signs people in with (OAuth 2.0 authorization code + PKCE), its client id, scopes and sign-out endpoint, the public site, and whether the local development sign-in exists. Cached for five minutes.',
      tags: ['accounts'],
      summary: 'What the web app needs at run time',
      responses: {
        200: {
          ...jsonContent(ClientConfigSchema, 'The run-time configuration'),
          headers: {
            'Cache-Control': {
              description: 'Always `public, max-age=300`',
              schema: { type: 'string' },
            },
          },
        },
      },
    }),
    (c) => {
      c.header('cache-control', CACHE_CONTROL);
      return c.json(
        {
          auth: {
            issuer: config.authIssuer,
            clientId: config.authClientId,
            scopes: TOKEN_SCOPES,
            logoutEndpoint: config.authLogoutEndpoint,
          },
          siteUrl: config.siteUrl ?? new URL(c.req.url).origin,
          devSignIn: config.authMode === 'local',
        },
        200,
      );
    },
  );
  return app;
}
