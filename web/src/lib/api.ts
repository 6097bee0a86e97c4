import type { Comment, Me, Problem, Story, StoryCard, StoryDecision, StoryInput } from '$shared';
import { clearToken, getToken } from './auth-token';

/** A page of a list endpoint (DESIGN §2: `{ items, nextCursor }`). */
export type Page<T> = { items: T[]; nextCursor: string | null };
/** `GET /api/stories/{id}`: the story with its first page of comments. */
export type StoryWithComments = Story & { comments: Page<Comment> };
/** One entry of `GET /api/moderation/queue?kind=stories`. */
export type QueueItem = {
  id: string;
  kind: 'story';
  submittedAt: string;
  ageSeconds: number;
  flags: string[];
  story: Story;
};

/** Status 0 stands for "no answer at all" (offline, API down). */
export const NETWORK_ERROR = 0;

/** A failed API call, carrying the server's problem+json (or one made up for network failures). */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Calls `/api{path}` with JSON in and out, the bearer token when signed in, and throws an
 * `ApiError` for every non-2xx answer. A 401 on an authenticated call signs the user out.
 * Responses are typed from the shared zod schemas but not re-validated: the server already
 * serialises through them, and a strict client parse would break pages on additive changes.
 */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const token = getToken();
  const headers: Record<string, string> = { accept: 'application/json' };
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
    if (response.status === 401 && token) clearToken();
    throw new ApiError(await problemOf(response));
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

/** The public feed of published stories, newest first. */
export const listStories = (options: { limit?: number; cursor?: string | null } = {}) =>
  api<Page<StoryCard>>('GET', `/stories${query({ limit: options.limit, cursor: options.cursor })}`);

/** One story with its first page of comments; 404 when it does not exist or is not visible. */
export const getStory = (id: string) =>
  api<StoryWithComments>('GET', `/stories/${encodeURIComponent(id)}`);

/** Submits a story for moderation; answers the new story with status `pending`. */
export const createStory = (input: StoryInput) => api<Story>('POST', '/stories', input);

/** The caller's own stories in every status. */
export const listMyStories = (cursor?: string | null) =>
  api<Page<StoryCard>>('GET', `/me/stories${query({ cursor })}`);

/** Who the token belongs to. */
export const getMe = () => api<Me>('GET', '/me');

/** The local development issuer (404 in production). */
export const requestDevToken = (persona: { sub: string; name: string; groups: string[] }) =>
  api<{ token: string }>('POST', '/dev/token', persona);

/** The moderation queue of stories, oldest first. */
export const getStoryQueue = (cursor?: string | null) =>
  api<Page<QueueItem>>('GET', `/moderation/queue${query({ kind: 'stories', cursor })}`);

/** A moderator's decision on a story; 409 when someone else decided first. */
export const decideStory = (id: string, decision: StoryDecision, reason?: string) =>
  api<Story>('POST', `/moderation/stories/${encodeURIComponent(id)}/decision`, {
    decision,
    ...(reason ? { reason } : {}),
  });
