/**
 * The access token, kept in memory only (DESIGN §7): a reload gets a new one with the refresh
 * token (lib/auth/oidc.ts). A plain module (no runes) so that both the API client and the session
 * can use it without importing each other.
 */
let current: string | null = null;
const listeners = new Set<(token: string | null) => void>();
let refresher: (() => Promise<string | null>) | null = null;

/** The current token, or null when signed out. */
export const getToken = (): string | null => current;

/** Uses a new token and tells the listeners. */
export function setToken(token: string): void {
  current = token;
  for (const listener of listeners) listener(token);
}

/** Forgets the token (sign out, or a 401 the refresh could not mend) and tells the listeners. */
export function clearToken(): void {
  current = null;
  for (const listener of listeners) listener(null);
}

/** Calls `listener` whenever the token changes; returns the unsubscribe function. */
export function onTokenChange(listener: (token: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Who can get a fresh token after a 401 (the session, with its refresh token); it answers the new
 * token, or null when there is none to be had.
 */
export function setTokenRefresher(refresh: (() => Promise<string | null>) | null): void {
  refresher = refresh;
}

/** A fresh token from the refresher, or null when none is registered or it failed. */
export async function refreshedToken(): Promise<string | null> {
  if (!refresher) return null;
  try {
    return await refresher();
  } catch {
    return null;
  }
}
