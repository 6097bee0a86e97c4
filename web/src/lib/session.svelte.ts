import { getMe, type Profile } from './api/accounts';
import { clearToken, getToken, onTokenChange, setToken, setTokenRefresher } from './api/auth-token';
import { getSiteConfig } from './api/config';
import { requestDevToken } from './api/dev-auth';
import {
  authorizationUrl,
  completeSignIn,
  forgetTokens,
  hasRefreshToken,
  refreshTokens,
  signOutUrl,
  type Tokens,
} from './auth/oidc';
import { getLocale, setLocale } from './i18n';

/**
 * A token from the development issuer (`/api/dev/token`), the developer shortcut of the local
 * login page. Kept in localStorage so the browser tests can sign in quickly and share it between
 * tabs; honoured only while `GET /api/config` says `devSignIn`. Real sessions never land here.
 */
const DEV_TOKEN_KEY = 'ruhr-stories.token';
/** Refresh this long before the access token expires. */
const REFRESH_EARLY_MS = 60_000;

const devToken = () =>
  typeof localStorage === 'undefined' ? null : localStorage.getItem(DEV_TOKEN_KEY);

/**
 * The signed-in person (DESIGN §7): the access token in memory, their profile from `GET /api/me`,
 * and the OAuth code + PKCE flow (lib/auth/oidc.ts) to sign in, refresh silently and sign out.
 */
class Session {
  token = $state<string | null>(getToken());
  /** The profile from `GET /api/me`; kept in memory only, like the token. */
  me = $state<Profile | null>(null);
  /** False until we know whether this tab still has a session. */
  ready = $state(false);

  readonly signedIn = $derived(this.token !== null && this.me !== null);
  readonly isModerator = $derived(this.me?.groups.includes('moderators') ?? false);
  readonly isCurator = $derived(this.me?.groups.includes('curators') ?? false);
  readonly isAdmin = $derived(this.me?.groups.includes('admins') ?? false);
  readonly isResearcher = $derived(this.me?.groups.includes('researchers') ?? false);
  /** Signed in but no display name chosen yet: the welcome page asks for one. */
  readonly needsDisplayName = $derived(this.signedIn && this.me?.displayName === null);

  private refreshing: Promise<string | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    onTokenChange((token) => {
      this.token = token;
      if (!token) {
        clearTimeout(this.timer);
        forgetTokens();
        if (typeof localStorage !== 'undefined') localStorage.removeItem(DEV_TOKEN_KEY);
        this.me = null;
      }
    });
    setTokenRefresher(() => this.refresh());
  }

  /** On page load: a refresh token gets a new access token; otherwise the developer shortcut's. */
  async restore(): Promise<void> {
    try {
      if (hasRefreshToken()) {
        if (await this.refresh()) await this.loadMe();
      } else if (devToken()) {
        if ((await getSiteConfig()).devSignIn) {
          setToken(devToken()!);
          await this.loadMe();
        } else clearToken();
      }
    } catch {
      // Offline or the issuer down: signed out for now; a reload tries again.
      if (!this.token) this.me = null;
    } finally {
      this.ready = true;
    }
  }

  /** Sends the browser to the issuer's sign-in (or with `signUp` its sign-up) page. */
  async signIn(returnTo: string, signUp = false): Promise<void> {
    location.assign(await authorizationUrl(returnTo, signUp, getLocale()));
  }

  /** On `/auth/callback`: exchanges the code, loads the profile; answers where to go next. */
  async finishSignIn(callback: URL): Promise<{ returnTo: string; me: Profile }> {
    try {
      const { returnTo, ...tokens } = await completeSignIn(callback);
      if (typeof localStorage !== 'undefined') localStorage.removeItem(DEV_TOKEN_KEY);
      this.useTokens(tokens);
      return { returnTo, me: await this.loadMe() };
    } finally {
      this.ready = true;
    }
  }

  /**
   * A new access token with the refresh token, one request at a time (a burst of 401s shares it);
   * null when this tab has no refresh token or the issuer refused it.
   */
  refresh(): Promise<string | null> {
    this.refreshing ??= (async () => {
      try {
        const tokens = await refreshTokens();
        if (!tokens) return null;
        this.useTokens(tokens);
        return tokens.accessToken;
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  /** The developer shortcut: a token from the development issuer (a 404 in production). */
  async signInAsPersona(persona: {
    sub: string;
    name: string;
    groups: string[];
  }): Promise<Profile> {
    forgetTokens();
    const { token } = await requestDevToken(persona);
    localStorage.setItem(DEV_TOKEN_KEY, token);
    setToken(token);
    return this.loadMe();
  }

  /**
   * Ends the session: a real one also at the issuer (refresh token revoked, then the issuer's
   * sign-out page, which comes back to the home page); the developer shortcut's only here.
   */
  async signOut(): Promise<void> {
    const real = hasRefreshToken();
    const url = real ? await signOutUrl().catch(() => null) : null;
    clearToken();
    if (url) location.assign(url);
  }

  /** A profile the server answered (after `PATCH /api/me`); its language becomes the UI's. */
  useProfile(me: Profile): void {
    this.me = me;
    setLocale(me.locale);
  }

  /** Asks `GET /api/me` again, e.g. after a token refresh brought new groups. */
  async loadMe(): Promise<Profile> {
    const me = await getMe();
    this.me = me;
    return me;
  }

  private useTokens(tokens: Tokens): void {
    setToken(tokens.accessToken);
    clearTimeout(this.timer);
    const wait = Math.max(5_000, tokens.expiresAt - Date.now() - REFRESH_EARLY_MS);
    // A fresh token may carry new groups (an admin's change): the profile follows it.
    this.timer = setTimeout(() => {
      this.refresh()
        .then((token) => (token ? this.loadMe() : null))
        .catch(() => undefined);
    }, wait);
  }
}

export const session = new Session();
