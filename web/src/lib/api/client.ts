import type { Problem } from '$shared';
import { clearToken, getToken, refreshedToken } from './auth-token';

/**
 * The API client's core: every call to `/api` goes through `send` (token, problem+json errors,
 * one silent token refresh on a 401, sign-out when that fails). One module per server context beside this one holds that context's calls.
 */

/** Status 0 stands for "no answer at all" (offline, API down). */
export const NETWORK_ERROR = 0;

/** A failed API call, carrying the server's problem+json (or one made up for network failures). */
export class ApiError extends Error {
  readonly problem: Problem;
  /** Seconds from a 429's `Retry-After`, when the server sent one. */
  readonly retryAfter: number | null;

  constructor(problem: Problem, retryAfter: number | null = null) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  get status(): number {
    return this.problem.status;
  }

  /** Field errors of a 400, `[{ path: 'place.name', message }]`; empty for other problems. */
  get fieldErrors(): { path: string; message: string }[] {
    return this.problem.errors ?? [];
  }
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Problem).status === 'number' &&
  typeof (value as Problem).title === 'string';

async function problemOf(response: Response): Promise<Problem> {
  const body: unknown = await response.json().catch(() => null);
  if (isProblem(body)) return { ...body, detail: body.detail ?? '' };
  // Not problem+json, e.g. a proxy's HTML error page while the API is down.
  return {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    detail: '',
  };
}

const retryAfterOf = (response: Response): number | null => {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
};

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type SendOptions = {
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** What the caller wants back; JSON unless an export asks for CSV. */
  accept?: string;
  cache?: RequestCache;
  signal?: AbortSignal;
  /** Set on the one retry after a 401 and a token refresh, so a second 401 does not refresh again. */
  retried?: boolean;
  /**
   * Sent without the bearer token, whoever is signed in on this browser, so a 401 signs no one
   * out: the gallery kiosk, which must show what the public sees (docs/kiosk.md).
   */
  anonymous?: boolean;
};

/**
 * Calls `/api{path}` with the bearer token when signed in (unless `anonymous`), and answers the
 * response when it is a 2xx; throws an `ApiError` for every other answer. A 401 on an
 * authenticated call first asks for a fresh token (refresh-token grant) and retries once with it;
 * when there is none, it signs the user out, and a GET is then retried once without the token, so
 * public pages keep working after a session ended or the local API restarted with new keys.
 */
export async function send(
  method: Method,
  path: string,
  options: SendOptions = {},
): Promise<Response> {
  const { body, accept = 'application/json', cache, signal } = options;
  const token = options.anonymous ? null : getToken();
  const headers: Record<string, string> = { accept, ...options.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      ...(cache ? { cache } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (cause) {
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: NETWORK_ERROR,
      detail: cause instanceof Error ? cause.message : String(cause),
    });
  }

  if (!response.ok) {
    if (response.status === 401 && token) {
      const fresh = options.retried ? null : await refreshedToken();
      if (fresh && fresh !== token) return send(method, path, { ...options, retried: true });
      clearToken();
      if (method === 'GET') return send(method, path, options);
    }
    throw new ApiError(await problemOf(response), retryAfterOf(response));
  }
  return response;
}

/**
 * A JSON call: `send` with the body as JSON, answering the parsed response.
 * Responses are typed from the shared zod schemas but not re-validated: the server already
 * serialises through them, and a strict client parse would break pages on additive changes.
 */
export async function api<T>(
  method: Method,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await send(method, path, { body, headers });
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A query string from the set parameters (`?a=1&b=x`), or '' when none is set. */
export const query = (params: Record<string, string | number | boolean | null | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** One path segment, encoded. */
export const enc = encodeURIComponent;
