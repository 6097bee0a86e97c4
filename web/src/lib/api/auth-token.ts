/**
 * The bearer token, kept in localStorage so a reload stays signed in. A plain module (no runes)
 * so that both the API client and the session can use it without importing each other.
 */
const KEY = 'ruhr-stories.token';
const listeners = new Set<(token: string | null) => void>();

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/** The current token, or null when signed out. */
export const getToken = (): string | null => storage()?.getItem(KEY) ?? null;

/** Stores a new token and tells the listeners. */
export function setToken(token: string): void {
  storage()?.setItem(KEY, token);
  for (const listener of listeners) listener(token);
}

/** Forgets the token (sign out, or a 401 from the API) and tells the listeners. */
export function clearToken(): void {
  storage()?.removeItem(KEY);
  for (const listener of listeners) listener(null);
}

/** Calls `listener` whenever the token changes; returns the unsubscribe function. */
export function onTokenChange(listener: (token: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
