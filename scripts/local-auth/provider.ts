/**
 * The oidc-provider configuration that makes the local provider answer like Cognito's hosted
 * endpoints (DESIGN §7): Cognito's paths, RS256 JWT access tokens with Cognito's claims, PKCE S256
 * for the public web client, a rotating refresh token for every code grant, no consent screen.
 */
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { AccountStore } from './account-store';
import { sendHtml } from './http';
import type { ProviderKeys } from './keys';
import { MESSAGES } from './messages';
import { pageLocale } from './page-locale';
import { messagePage } from './pages';
import type { ProviderStateFile } from './state-file';

export const SCOPES = 'openid email profile';
/**
 * oidc-provider issues JWT access tokens only for a resource server; every token is for the API,
 * so this one resource is the default. Its identifier ends up as the token's `aud` (oidc-provider
 * requires one); the API checks `client_id` and `token_use`, as with Cognito, whose access tokens
 * carry no `aud`.
 */
const API_RESOURCE = 'urn:ruhr-stories:api';

export const COGNITO_PATHS = {
  authorization: '/oauth2/authorize',
  token: '/oauth2/token',
  userinfo: '/oauth2/userInfo',
  revocation: '/oauth2/revoke',
  jwks: '/.well-known/jwks.json',
  logout: '/logout',
  /** Cognito managed login's sign-up page: the authorize query, starting at "create account". */
  signup: '/signup',
} as const;

export type ProviderOptions = {
  issuer: string;
  clientId: string;
  webOrigins: string[];
  keys: ProviderKeys;
  accounts: AccountStore;
  state: ProviderStateFile;
};

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/** When the person signed in, from the code or refresh token the new access token comes from. */
function authTimeOf(ctx: KoaContextWithOIDC): number | undefined {
  const { AuthorizationCode, RefreshToken } = ctx.oidc.entities;
  return AuthorizationCode?.authTime ?? RefreshToken?.authTime;
}

export function createProvider(options: ProviderOptions): Provider {
  const { issuer, clientId, webOrigins, keys, accounts, state } = options;
  const origins = new Set(webOrigins);

  const configuration: Configuration = {
    adapter: (model: string) => state.adapterFor(model),
    clients: [
      {
        client_id: clientId,
        client_name: 'Ruhr Stories',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        scope: SCOPES,
        redirect_uris: webOrigins.map((origin) => `${origin}/auth/callback`),
        // The sign-out addresses are checked in ./cognito-routes.ts (oidc-provider's own end_session
        // is off, and with it this client metadata).
      },
    ],
    jwks: keys.jwks,
    cookies: {
      keys: keys.cookieKeys,
      names: {
        session: 'local_auth_session',
        interaction: 'local_auth_interaction',
        resume: 'local_auth_resume',
      },
    },
    routes: {
      authorization: COGNITO_PATHS.authorization,
      token: COGNITO_PATHS.token,
      userinfo: COGNITO_PATHS.userinfo,
      revocation: COGNITO_PATHS.revocation,
      jwks: COGNITO_PATHS.jwks,
    },
    scopes: ['openid', 'email', 'profile'],
    claims: {
      openid: ['sub', 'token_use', 'cognito:username', 'cognito:groups'],
      email: ['email', 'email_verified'],
      profile: ['locale'],
    },
    async findAccount(_ctx, sub) {
      const user = accounts.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        // Only ID tokens take claims from here (userinfo is served in ./cognito-routes.ts).
        async claims() {
          return {
            sub,
            token_use: 'id',
            'cognito:username': sub,
            ...(user.groups.length ? { 'cognito:groups': user.groups } : {}),
            email: user.email,
            email_verified: user.emailVerified,
            locale: user.locale,
          };
        },
      };
    },
    // Cognito's access-token claims; the groups are read afresh, so a change shows from the next token.
    async extraTokenClaims(ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const groups = accounts.get(token.accountId)?.groups ?? [];
      return {
        token_use: 'access',
        username: token.accountId,
        auth_time: authTimeOf(ctx),
        ...(groups.length ? { 'cognito:groups': groups } : {}),
      };
    },
    features: {
      devInteractions: { enabled: false },
      // Cognito's /logout?client_id=&logout_uri= is served in ./cognito-routes.ts instead.
      rpInitiatedLogout: { enabled: false },
      // The web app revokes its own refresh token at sign-out; nobody else's.
      revocation: {
        enabled: true,
        allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId,
      },
      // oidc-provider's userinfo refuses access tokens that have an audience, and every token here
      // has one; Cognito's userInfo takes the access token, so ./cognito-routes.ts serves it.
      userinfo: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_RESOURCE) throw new errors.InvalidTarget();
          return { scope: SCOPES, accessTokenFormat: 'jwt', accessTokenTTL: HOUR };
        },
      },
    },
    discovery: {
      userinfo_endpoint: `${issuer}${COGNITO_PATHS.userinfo}`,
      ui_locales_supported: ['de', 'en'],
    } as Configuration['discovery'],
    pkce: { required: () => true },
    // Cognito issues a refresh token for every code grant; no offline_access needed.
    issueRefreshToken: async (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') && code.kind === 'AuthorizationCode',
    // Signing out at the provider ends the session and with it the session's refresh tokens.
    expiresWithSession: async () => true,
    rotateRefreshToken: () => true,
    // A first-party client: the grant is given at sign-in, there is no consent screen.
    async loadExistingGrant(ctx) {
      const { session, client } = ctx.oidc;
      if (!session?.accountId || !client) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (existing) return existing;
      const grant = new ctx.oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      });
      grant.addOIDCScope(SCOPES);
      grant.addResourceScope(API_RESOURCE, SCOPES);
      await grant.save();
      return grant;
    },
    // `screen=signup` (set by /signup, see ./cognito-routes.ts) opens the interaction at sign-up
    // (./interaction-routes.ts); the url stays the interaction's root, its cookie's path.
    extraParams: ['screen'],
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // The SPA calls token and revoke from the browser, from the web app's own origins only.
    clientBasedCORS: (_ctx, origin) => origins.has(origin),
    ttl: {
      AccessToken: HOUR,
      AuthorizationCode: 60,
      IdToken: HOUR,
      Interaction: HOUR,
      Grant: 30 * DAY,
      Session: 14 * DAY,
      // Rotation keeps the first token's end: 30 days after sign-in, as Cognito's default.
      RefreshToken: (ctx) => ctx?.oidc?.entities.RotatedRefreshToken?.remainingTTL ?? 30 * DAY,
    },
    // Errors shown to people (a wrong client_id, an unknown redirect_uri) in their language, with
    // the technical reason for the developer below.
    async renderError(ctx, out) {
      const locale = pageLocale(ctx);
      const t = MESSAGES[locale];
      const reason = `${out.error}: ${out.error_description ?? ''}`;
      const html = messagePage(
        { locale, path: ctx.path },
        t.errorTitle,
        `${t.errorText} (${reason})`,
      );
      sendHtml(ctx, html, webOrigins, ctx.status >= 400 ? ctx.status : 400);
    },
  };

  const provider = new Provider(issuer, configuration);
  // Requests come straight from the browser to 127.0.0.1; no proxy in front.
  provider.proxy = false;
  return provider;
}
