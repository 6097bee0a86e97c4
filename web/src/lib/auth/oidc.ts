import * as oauth from 'oauth4webapi';
import { getSiteConfig, type SiteConfig } from '../api/config';

/**
 * Sign-in with OAuth 2.0 authorization code + PKCE against the issuer `GET /api/config` names
 * (DESIGN §7): Cognito's managed login on AWS, the local OpenID provider in development. This
 * module speaks the protocol; lib/session.svelte.ts decides when.
 *
 * Storage: the refresh token and the pending sign-in (state, PKCE verifier, the page to return to)
 * live in sessionStorage, so they end with the tab; the access token is only ever in memory.
 */

const REFRESH_KEY = 'ruhr-stories.refresh';
const PENDING_KEY = 'ruhr-stories.sign-in';

/** The tokens of one grant; `expiresAt` in epoch milliseconds. */
export type Tokens = { accessToken: string; expiresAt: number };

type Pending = { state: string; verifier: string; returnTo: string };

type Issuer = { config: SiteConfig; as: oauth.AuthorizationServer; client: oauth.Client };

const storage = (): Storage | null =>
  typeof sessionStorage === 'undefined' ? null : sessionStorage;

/** Only paths on this site, so a crafted link cannot send people elsewhere after sign-in. */
export const safeReturnPath = (target: string | null | undefined): string =>
  // Browsers read a backslash as a slash, so "/\evil.example" would leave the site too.
  target && /^\/(?![/\\])[^\\\u0000-\u001F]*$/.test(target) ? target : '/';

/**
 * Cognito's managed login serves sign-up at `/signup` beside `/oauth2/authorize`, with the same
 * query; the local provider does the same.
 */
export const signUpEndpoint = (authorizationEndpoint: string): URL => {
  const url = new URL(authorizationEndpoint);
  url.pathname = url.pathname.replace(/\/oauth2\/authorize$/, '/signup');
  return url;
};

const redirectUri = () => `${location.origin}/auth/callback`;

/** The local provider speaks plain HTTP on 127.0.0.1; everything on AWS is HTTPS. */
const httpOptions = (issuer: string) =>
  new URL(issuer).protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};

let discovered: Promise<Issuer> | null = null;

/** The issuer's endpoints from its discovery document, fetched once per page load. */
function issuer(): Promise<Issuer> {
  discovered ??= (async () => {
    const config = await getSiteConfig();
    const issuerUrl = new URL(config.auth.issuer);
    const response = await oauth.discoveryRequest(issuerUrl, {
      algorithm: 'oidc',
      ...httpOptions(config.auth.issuer),
    });
    const as = await oauth.processDiscoveryResponse(issuerUrl, response);
    return { config, as, client: { client_id: config.auth.clientId } };
  })().catch((error: unknown) => {
    discovered = null;
    throw error;
  });
  return discovered;
}

export const hasRefreshToken = (): boolean => Boolean(storage()?.getItem(REFRESH_KEY));

const keepTokens = (response: oauth.TokenEndpointResponse): Tokens => {
  // Cognito's refresh grant answers no new refresh token: the old one stays good.
  if (response.refresh_token) storage()?.setItem(REFRESH_KEY, response.refresh_token);
  const seconds = response.expires_in ?? 3600;
  return { accessToken: response.access_token, expiresAt: Date.now() + seconds * 1000 };
};

/**
 * Where to send the browser to sign in, or with `signUp` to create an account (`signUpEndpoint`),
 * with the provider's pages in `locale`.
 * The state, the PKCE verifier and `returnTo` wait in sessionStorage
 * for the callback.
 */
export async function authorizationUrl(
  returnTo: string,
  signUp: boolean,
  locale: 'de' | 'en',
): Promise<URL> {
  const { config, as } = await issuer();
  if (!as.authorization_endpoint) throw new Error('The issuer names no authorization endpoint');
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const pending: Pending = { state, verifier, returnTo: safeReturnPath(returnTo) };
  storage()?.setItem(PENDING_KEY, JSON.stringify(pending));

  const url = signUp
    ? signUpEndpoint(as.authorization_endpoint)
    : new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.auth.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.auth.scopes,
    state,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    // The sign-in pages in the site's language: `lang` for Cognito's managed login, `ui_locales`
    // for any OpenID provider (the local one reads it).
    lang: locale,
    ui_locales: locale,
  }).toString();
  return url;
}

/** Why a callback could not sign in: no sign-in was waiting, or the issuer said no. */
export class SignInError extends Error {
  constructor(readonly reason: 'no-pending' | 'refused') {
    super(reason);
    this.name = 'SignInError';
  }
}

/**
 * Finishes the sign-in on `/auth/callback`: checks `state`, exchanges the code with the PKCE
 * verifier, keeps the refresh token. Answers the tokens and the page to return to.
 */
export async function completeSignIn(callback: URL): Promise<Tokens & { returnTo: string }> {
  const raw = storage()?.getItem(PENDING_KEY);
  storage()?.removeItem(PENDING_KEY); // one use only, whatever happens
  if (!raw) throw new SignInError('no-pending');
  const pending = JSON.parse(raw) as Pending;
  const { as, client } = await issuer();
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, callback, pending.state);
  } catch (cause) {
    if (cause instanceof oauth.AuthorizationResponseError) throw new SignInError('refused');
    throw cause;
  }
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.verifier,
    httpOptions(as.issuer),
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response);
  return { ...keepTokens(result), returnTo: pending.returnTo };
}

/** A new access token with the refresh token (refresh-token grant); null when there is none. */
export async function refreshTokens(): Promise<Tokens | null> {
  const refreshToken = storage()?.getItem(REFRESH_KEY);
  if (!refreshToken) return null;
  const { as, client } = await issuer();
  const response = await oauth.refreshTokenGrantRequest(
    as,
    client,
    oauth.None(),
    refreshToken,
    httpOptions(as.issuer),
  );
  try {
    return keepTokens(await oauth.processRefreshTokenResponse(as, client, response));
  } catch (cause) {
    // Revoked or expired: that session is over. A network failure keeps the token for later.
    if (cause instanceof oauth.ResponseBodyError) storage()?.removeItem(REFRESH_KEY);
    throw cause;
  }
}

/** Forgets this tab's tokens; `signOutAtIssuer` also ends the session at the issuer. */
export function forgetTokens(): void {
  storage()?.removeItem(REFRESH_KEY);
  storage()?.removeItem(PENDING_KEY);
}

/**
 * Revokes the refresh token where the issuer offers revocation, forgets the tokens and answers the
 * issuer's sign-out URL (Cognito's form: `client_id` and `logout_uri`), which ends its session and
 * sends the browser back to the home page.
 */
export async function signOutUrl(): Promise<URL> {
  const refreshToken = storage()?.getItem(REFRESH_KEY);
  forgetTokens();
  const { config, as, client } = await issuer();
  if (refreshToken && as.revocation_endpoint) {
    try {
      const response = await oauth.revocationRequest(as, client, oauth.None(), refreshToken, {
        ...httpOptions(as.issuer),
        additionalParameters: { token_type_hint: 'refresh_token' },
      });
      await oauth.processRevocationResponse(response);
    } catch {
      // The issuer's own sign-out below still ends the session there.
    }
  }
  const url = new URL(config.auth.logoutEndpoint);
  url.searchParams.set('client_id', config.auth.clientId);
  url.searchParams.set('logout_uri', `${location.origin}/`);
  return url;
}
