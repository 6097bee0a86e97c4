import type { Me } from '$shared';
import { getMe } from './api/accounts';
import { clearToken, getToken, onTokenChange, setToken } from './api/auth-token';
import { requestDevToken } from './api/dev-auth';

const ME_KEY = 'ruhr-stories.me';

const readCachedMe = (): Me | null => {
  if (typeof localStorage === 'undefined') return null;
  try {
    return JSON.parse(localStorage.getItem(ME_KEY) ?? 'null') as Me | null;
  } catch {
    return null;
  }
};

const writeCachedMe = (me: Me | null) => {
  if (typeof localStorage === 'undefined') return;
  if (me) localStorage.setItem(ME_KEY, JSON.stringify(me));
  else localStorage.removeItem(ME_KEY);
};

/** The signed-in persona: token, sub, name and groups from `GET /api/me`. */
class Session {
  token = $state<string | null>(getToken());
  /** Cached from the last visit so the header does not flicker; refreshed on start. */
  me = $state<Me | null>(this.token ? readCachedMe() : null);
  /** False until we know whether the stored token is still good. */
  ready = $state(false);

  readonly signedIn = $derived(this.token !== null && this.me !== null);
  readonly isModerator = $derived(this.me?.groups.includes('moderators') ?? false);
  readonly isCurator = $derived(this.me?.groups.includes('curators') ?? false);

  constructor() {
    onTokenChange((token) => {
      this.token = token;
      if (!token) {
        this.me = null;
        writeCachedMe(null);
      }
    });
  }

  /** Checks the stored token against `GET /api/me` (a 401 signs out through the API client). */
  async restore(): Promise<void> {
    if (!this.token) {
      this.ready = true;
      return;
    }
    try {
      await this.loadMe();
    } catch {
      // Offline or API down: keep the cached persona; a later 401 still signs out.
    } finally {
      this.ready = true;
    }
  }

  /** Signs in with a token from the development issuer (local only; 404 in production). */
  async signInAsPersona(persona: { sub: string; name: string; groups: string[] }): Promise<Me> {
    const { token } = await requestDevToken(persona);
    setToken(token);
    return this.loadMe();
  }

  /** Forgets the token and the persona. */
  signOut(): void {
    clearToken();
  }

  private async loadMe(): Promise<Me> {
    const me = await getMe();
    this.me = me;
    writeCachedMe(me);
    return me;
  }
}

export const session = new Session();
