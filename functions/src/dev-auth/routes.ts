import { createRoute } from '@hono/zod-openapi';
import { DevTokenRequestSchema, DevTokenSchema } from '../../../shared/schemas/account';
import type { IdentityDirectory } from '../accounts/identity-directory';
import { createRouter } from '../core/create-app';
import { access, jsonBody, jsonContent, problemResponses } from '../core/openapi';
import { ProblemError } from '../core/problem-json';
import type { DevIssuer } from './dev-issuer';

/**
 * The local development issuer: a token for any demo persona, and its JWKS. Mounted only by the
 * local app with AUTH_MODE=local; no Lambda entry imports this file. With `email` the person gets
 * an account at the local provider too, so admin pages and mail find them.
 */
export function devAuthRoutes(
  issuer: DevIssuer,
  directory: IdentityDirectory | null,
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
        'Signs an access token for a demo persona, with the same claims as the local OpenID provider’s (`token_use: "access"`, `client_id`, `username`, `cognito:groups`, `scope`). With `email`, the account is also created at the local provider (idempotent); 409 `/problems/no-identity-directory` when LOCAL_AUTH_ADMIN_URL is not configured. Served only with AUTH_MODE=local; no Lambda entry mounts it.',
      tags: ['development'],
      summary: 'A token for a demo persona (local development only)',
      request: { body: jsonBody(DevTokenRequestSchema) },
      responses: {
        200: jsonContent(DevTokenSchema, 'A signed access token'),
        ...problemResponses(400, 409),
      },
    }),
    async (c) => {
      const { email, ...persona } = c.req.valid('json');
      if (email) {
        if (!directory) {
          throw new ProblemError(
            409,
            'no-identity-directory',
            'No local provider is configured (LOCAL_AUTH_ADMIN_URL), so no account can be made for this address.',
          );
        }
        await directory.ensureUser({ email, sub: persona.sub, groups: persona.groups });
      }
      await ensureProfile(persona);
      return c.json({ token: await issuer.sign(persona) }, 200);
    },
  );
  app.get('/dev/jwks.json', (c) => c.json(issuer.jwks));
  return app;
}
