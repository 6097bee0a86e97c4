import { z } from 'zod';

/** What the web app asks the identity provider for, and so what every access token is good for. */
export const TOKEN_SCOPES = 'openid email profile' as const;

/** `GET /api/config`: what the web app needs at run time, so one build serves every environment. */
export const ClientConfigSchema = z
  .object({
    auth: z.object({
      issuer: z.string().meta({
        description:
          'The OpenID issuer; endpoints come from its `/.well-known/openid-configuration`',
      }),
      clientId: z.string(),
      scopes: z.literal(TOKEN_SCOPES),
      logoutEndpoint: z.string().meta({
        description: 'Sign-out at the issuer: `?client_id=<clientId>&logout_uri=<web origin>/`',
      }),
    }),
    siteUrl: z.string().meta({ description: 'The public site, without a trailing slash' }),
    devSignIn: z.boolean().meta({
      description: 'True only in local development, where `POST /api/dev/token` exists',
    }),
  })
  .meta({ id: 'ClientConfig' });

export type ClientConfig = z.infer<typeof ClientConfigSchema>;
