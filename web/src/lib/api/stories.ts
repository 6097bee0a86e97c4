import type {
  Comment,
  CommentInput,
  ConsentPatch,
  FeedQuery,
  Page,
  ReportInput,
  ReportResult,
  Story,
  StoryCard,
  StoryInput,
  StoryPatch,
  StoryWithComments,
  ShortLink,
  Vote,
} from '$shared';
import { api, enc, query } from './client';

/** The stories context's calls (DESIGN §2 "Stories", "Comments, votes, reports"). */

/** The feed's filters and sort, as they stand in the page's query string. */
export type FeedFilters = Partial<Pick<FeedQuery, 'sort' | 'theme' | 'decade' | 'language'>>;

/** The public feed of published stories: newest or most supported first, optionally filtered. */
export const listStories = (
  options: FeedFilters & { limit?: number; cursor?: string | null } = {},
) => api<Page<StoryCard>>('GET', `/stories${query(options)}`);

/** One story with its first page of comments; 404 when it does not exist or is not visible. */
export const getStory = (id: string) => api<StoryWithComments>('GET', `/stories/${enc(id)}`);

/** Submits a story for moderation; answers the new story with status `pending`. */
export const createStory = (input: StoryInput) => api<Story>('POST', '/stories', input);

/** The author changes a pending story or one with changes requested; it waits for review again. */
export const updateStory = (id: string, patch: StoryPatch) =>
  api<Story>('PATCH', `/stories/${enc(id)}`, patch);

/** The author withdraws a story: gone from every public view. */
export const withdrawStory = (id: string) => api<Story>('DELETE', `/stories/${enc(id)}`);

/** The author withdraws one or more uses of their story, or grants exhibition or research use again. */
export const changeConsent = (storyId: string, withdrawal: ConsentPatch) =>
  api<Story>('PATCH', `/stories/${enc(storyId)}/consent`, withdrawal);

/** The caller's own stories in every status. */
export const listMyStories = (cursor?: string | null) =>
  api<Page<StoryCard>>('GET', `/me/stories${query({ cursor })}`);

/** A comment, or a reply when `parentId` is set; answers it `published` or `held`. */
export const postComment = (storyId: string, input: CommentInput) =>
  api<Comment>('POST', `/stories/${enc(storyId)}/comments`, input);

/** A further page of a story's top-level comments, oldest first. */
export const listComments = (storyId: string, cursor?: string | null) =>
  api<Page<Comment>>('GET', `/stories/${enc(storyId)}/comments${query({ cursor })}`);

/** A page of replies to one comment, oldest first. */
export const listReplies = (storyId: string, commentId: string, cursor?: string | null) =>
  api<Page<Comment>>(
    'GET',
    `/stories/${enc(storyId)}/comments/${enc(commentId)}/replies${query({ cursor })}`,
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
  api<Vote>(voted ? 'PUT' : 'DELETE', `/stories/${enc(storyId)}/vote`, undefined, {
    'idempotency-key': freshKey(),
  });

/** Reports a story, or one of its comments; `created` is false when this person already had. */
export const report = (target: { storyId: string; commentId?: string }, input: ReportInput) =>
  api<ReportResult>(
    'POST',
    `/stories/${enc(target.storyId)}${
      target.commentId ? `/comments/${enc(target.commentId)}` : ''
    }/reports`,
    input,
  );

/** The story ids behind a short link `/s/<code>` (one, rarely several); 404 for an unknown code. */
export const resolveShortLink = (code: string) => api<ShortLink>('GET', `/s/${enc(code)}`);
