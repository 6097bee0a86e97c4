/**
 * The two Cognito endpoints oidc-provider does not serve in Cognito's form: `/oauth2/userInfo`
 * (which takes the JWT access token) and `/logout?client_id=&logout_uri=` (which signs out without
 * an ID token or a confirmation page), Cognito's `/signup` (the authorize query, opening at
 * sign-up), plus the pages' stylesheet.
 */
import type { Context } from 'koa';
import { createLocalJWKSet, jwtVerify } from 'jose';
import type Provider from 'oidc-provider';
import type { AccountStore } from './account-store';
import { sendHtml, sendJson } from './http';
import { publicJwks, type ProviderKeys } from './keys';
import { MESSAGES } from './messages';
import { messagePage } from './pages';
import { COGNITO_PATHS } from './provider';
import { STYLESHEET } from './stylesheet';
import type { Locale } from './account-store';

export type CognitoRouteOptions = {
  provider: Provider;
  issuer: string;
  clientId: string;
  webOrigins: string[];
  keys: ProviderKeys;
  accounts: AccountStore;
  localeOf: (ctx: Context) => Locale;
};

export function cognitoRoutes(options: CognitoRouteOptions) {
  const { provider, issuer, clientId, webOrigins, accounts } = options;
  const jwks = createLocalJWKSet(publicJwks(options.keys));
  const origins = new Set(webOrigins);
  const logoutUris = new Set(webOrigins.map((origin) => `${origin}/`));

  function allowWebOrigin(ctx: Context) {
    ctx.vary('Origin');
    const origin = ctx.get('Origin');
    if (origins.has(origin)) ctx.set('Access-Control-Allow-Origin', origin);
  }

  async function userInfo(ctx: Context) {
    allowWebOrigin(ctx);
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'GET, POST');
      ctx.set('Access-Control-Allow-Headers', 'authorization');
      ctx.set('Access-Control-Max-Age', '600');
      ctx.status = 204;
      return;
    }
    const refuse = (description: string) => {
      ctx.set(
        'WWW-Authenticate',
        `Bearer error="invalid_token", error_description="${description}"`,
      );
      ctx.set('Access-Control-Expose-Headers', 'WWW-Authenticate');
      sendJson(ctx, 401, { error: 'invalid_token', error_description: description });
    };
    const [scheme, token] = (ctx.get('Authorization') || '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return refuse('no access token');
    try {
      const { payload } = await jwtVerify(token, jwks, { issuer, algorithms: ['RS256'] });
      if (payload.token_use !== 'access' || payload.client_id !== clientId) {
        return refuse('not an access token of this client');
      }
      const user = accounts.get(String(payload.sub));
      if (!user) return refuse('the account no longer exists');
      sendJson(ctx, 200, {
        sub: user.sub,
        email: user.email,
        email_verified: user.emailVerified,
        username: user.sub,
      });
    } catch {
      refuse('invalid or expired access token');
    }
  }

  async function logout(ctx: Context) {
    const t = MESSAGES[options.localeOf(ctx)];
    const logoutUri = typeof ctx.query.logout_uri === 'string' ? ctx.query.logout_uri : '';
    if (ctx.query.client_id !== clientId || !logoutUris.has(logoutUri)) {
      const page = messagePage(
        { locale: options.localeOf(ctx), path: ctx.path },
        t.logoutRefusedTitle,
        t.logoutRefusedText,
      );
      return sendHtml(ctx, page, webOrigins, 400);
    }
    const session = await provider.Session.get(ctx as never);
    if (session.accountId) {
      // As oidc-provider's own end_session: the session's grants and their tokens go with it.
      for (const { grantId } of Object.values(session.authorizations ?? {})) {
        if (!grantId) continue;
        await Promise.all([
          provider.AccessToken.revokeByGrantId(grantId),
          provider.RefreshToken.revokeByGrantId(grantId),
          provider.AuthorizationCode.revokeByGrantId(grantId),
        ]);
        await (await provider.Grant.find(grantId))?.destroy();
      }
    }
    await session.destroy();
    for (const name of ['local_auth_session', 'local_auth_session.sig'])
      ctx.cookies.set(name, null);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = 302;
    ctx.redirect(logoutUri);
  }

  /** Handles the routes above; answers false for every other path. */
  return async function handle(ctx: Context): Promise<boolean> {
    if (ctx.path === COGNITO_PATHS.userinfo && ['GET', 'POST', 'OPTIONS'].includes(ctx.method)) {
      await userInfo(ctx);
      return true;
    }
    if (ctx.path === COGNITO_PATHS.logout && ctx.method === 'GET') {
      await logout(ctx);
      return true;
    }
    if (ctx.path === COGNITO_PATHS.signup && ctx.method === 'GET') {
      // As Cognito: the same query as /oauth2/authorize; the interaction starts at sign-up even
      // when someone is signed in here already.
      const query = new URLSearchParams(ctx.querystring);
      query.set('screen', 'signup');
      query.set('prompt', 'login');
      ctx.status = 303;
      ctx.redirect(`${COGNITO_PATHS.authorization}?${query}`);
      return true;
    }
    if (ctx.path === '/local-auth.css' && ctx.method === 'GET') {
      ctx.type = 'text/css';
      ctx.set('Cache-Control', 'max-age=300');
      ctx.body = STYLESHEET;
      return true;
    }
    return false;
  };
}
