import { createRoute } from '@hono/zod-openapi';
import { DevTokenRequestSchema, DevTokenSchema } from '../../../shared/schemas/account';
import { createRouter } from '../core/create-app';
import { access, jsonBody, jsonContent, problemResponses } from '../core/openapi';
import type { DevIssuer } from './dev-issuer';

/**
 * The local development issuer: a token for any demo persona, and its JWKS. Mounted only by the
 * local app with AUTH_MODE=local; no Lambda entry imports this file.
 */
export function devAuthRoutes(
  issuer: DevIssuer,
  /** Makes the person's profile, with `name` as display name, if they have none yet. */
  ensureProfile: (person: { sub: string; name: string }) => Promise<unknown> = async () => {},
) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'post',
      ...access.anyone,
      path: '/dev/token',
      operationId: 'issueDevToken',
      description:
        'Signs an access token for a demo persona, with the same claims as the local OpenID provider’s. Served only with AUTH_MODE=local; no Lambda entry mounts it.',
      tags: ['development'],
      summary: 'A token for a demo persona (local development only)',
      request: { body: jsonBody(DevTokenRequestSchema) },
      responses: {
        200: jsonContent(DevTokenSchema, 'A signed ID token'),
        ...problemResponses(400),
      },
    }),
    async (c) => {
      await ensureProfile(c.req.valid('json'));
      return c.json({ token: await issuer.sign(c.req.valid('json')) }, 200);
    },
  );
  app.get('/dev/jwks.json', (c) => c.json(issuer.jwks));
  return app;
}
