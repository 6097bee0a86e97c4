import { describe, expect, it } from 'vitest';
import { ClientConfigSchema } from '../shared/schemas/client-config';
import { createTestApp } from './support/test-app';

/** `GET /api/config`: what one build of the web app reads at run time (DESIGN §2 Auth). */
describe('GET /api/config', () => {
  it('names the local provider, its client and the dev sign-in locally, cached for 5 minutes', async () => {
    const t = await createTestApp({ AUTH_ISSUER: 'http://127.0.0.1:8788' });
    const res = await t.call('GET', '/api/config');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(ClientConfigSchema.parse(res.json)).toEqual({
      auth: {
        issuer: 'http://127.0.0.1:8788',
        clientId: 'ruhr-stories-web',
        scopes: 'openid email profile',
        logoutEndpoint: 'http://127.0.0.1:8788/logout',
      },
      siteUrl: 'http://localhost',
      devSignIn: true,
    });
  });

  it('names the user pool and its client when deployed, with no dev sign-in', async () => {
    const issuer = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Cfg';
    const t = await createTestApp({
      AUTH_MODE: 'jwks',
      AUTH_ISSUER: issuer,
      AUTH_CLIENT_ID: 'pool-client',
      AUTH_LOGOUT_ENDPOINT: 'https://login.ruhr-stories.example/logout',
      SITE_URL: 'https://ruhr-stories.example/',
      CURSOR_SECRET: 'a-deployment-cursor-secret',
    });
    const res = await t.call('GET', '/api/config', {
      headers: { authorization: 'Bearer not.a.token' },
    });
    // A bad token is a 401 everywhere, even here (the shell checks it before any route).
    expect(res.status).toBe(401);
    const config = (await t.call('GET', '/api/config')).json;
    expect(config).toEqual({
      auth: {
        issuer,
        clientId: 'pool-client',
        scopes: 'openid email profile',
        logoutEndpoint: 'https://login.ruhr-stories.example/logout',
      },
      siteUrl: 'https://ruhr-stories.example',
      devSignIn: false,
    });
  });
});
