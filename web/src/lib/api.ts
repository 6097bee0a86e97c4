import type {
  Comment,
  CommentInput,
  FeedQuery,
  Me,
  Problem,
  ReportInput,
  Story,
  StoryCard,
  StoryInput,
  StoryPatch,
} from '$shared';
import { clearToken, getToken } from './auth-token';

/** A page of a list endpoint (DESIGN §2: `{ items, nextCursor }`). */
export type Page<T> = { items: T[]; nextCursor: string | null };
/** `GET /api/stories/{id}`: the story with its first page of comments. */
export type StoryWithComments = Story & { comments: Page<Comment> };
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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls `/api{path}` with JSON in and out, the bearer token when signed in, and throws an
 * `ApiError` for every non-2xx answer. A 401 on an authenticated call signs the user out; a GET
 * is then retried once without the token, so public pages keep working after a token expired
 * or the local API restarted with new keys.
 * Responses are typed from the shared zod schemas but not re-validated: the server already
 * serialises through them, and a strict client parse would break pages on additive changes.
 */
export async function api<T>(
  method: Method,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const token = getToken();
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
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
      clearToken();
      if (method === 'GET') return api<T>(method, path, body, extraHeaders);
    }
    throw new ApiError(await problemOf(response), retryAfterOf(response));
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const query = (params: Record<string, string | number | null | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** The feed's filters and sort, as they stand in the page's query string. */
export type FeedFilters = Partial<Pick<FeedQuery, 'sort' | 'theme' | 'decade' | 'language'>>;

/** The public feed of published stories: newest or most supported first, optionally filtered. */
export const listStories = (
  options: FeedFilters & { limit?: number; cursor?: string | null } = {},
) => api<Page<StoryCard>>('GET', `/stories${query(options)}`);

/** One story with its first page of comments; 404 when it does not exist or is not visible. */
export const getStory = (id: string) =>
  api<StoryWithComments>('GET', `/stories/${encodeURIComponent(id)}`);

/** Submits a story for moderation; answers the new story with status `pending`. */
export const createStory = (input: StoryInput) => api<Story>('POST', '/stories', input);

/** The author changes a pending story or one with changes requested; it waits for review again. */
export const updateStory = (id: string, patch: StoryPatch) =>
  api<Story>('PATCH', `/stories/${encodeURIComponent(id)}`, patch);

/** The author withdraws a story: gone from every public view. */
export const withdrawStory = (id: string) =>
  api<Story>('DELETE', `/stories/${encodeURIComponent(id)}`);

/** A comment, or a reply when `parentId` is set; answers it `published` or `held`. */
export const postComment = (storyId: string, input: CommentInput) =>
  api<Comment>('POST', `/stories/${encodeURIComponent(storyId)}/comments`, input);

/** A further page of a story's top-level comments, oldest first. */
export const listComments = (storyId: string, cursor?: string | null) =>
  api<Page<Comment>>('GET', `/stories/${encodeURIComponent(storyId)}/comments${query({ cursor })}`);

/** A page of replies to one comment, oldest first. */
export const listReplies = (storyId: string, commentId: string, cursor?: string | null) =>
  api<Page<Comment>>(
    'GET',
    `/stories/${encodeURIComponent(storyId)}/comments/${encodeURIComponent(commentId)}/replies${query({ cursor })}`,
  );

/** A random UUID; `randomUUID` needs a secure context, so plain-http test hosts get a fallback. */
const freshKey = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');

/** Supports a story or withdraws the support; a fresh key per click makes retries harmless. */
export const setSupport = (storyId: string, voted: boolean) =>
  api<{ voted: boolean; voteCount: number }>(
    voted ? 'PUT' : 'DELETE',
    `/stories/${encodeURIComponent(storyId)}/vote`,
    undefined,
    { 'idempotency-key': freshKey() },
  );

/** Reports a story, or one of its comments; `created` is false when this person already had. */
export const report = (target: { storyId: string; commentId?: string }, input: ReportInput) =>
  api<{ reported: true; created: boolean }>(
    'POST',
    `/stories/${encodeURIComponent(target.storyId)}${
      target.commentId ? `/comments/${encodeURIComponent(target.commentId)}` : ''
    }/reports`,
    input,
  );

/** The caller's own stories in every status. */
export const listMyStories = (cursor?: string | null) =>
  api<Page<StoryCard>>('GET', `/me/stories${query({ cursor })}`);

/** Who the token belongs to. */
export const getMe = () => api<Me>('GET', '/me');

/** The local development issuer (404 in production). */
export const requestDevToken = (persona: { sub: string; name: string; groups: string[] }) =>
  api<{ token: string }>('POST', '/dev/token', persona);
