import { createRoute } from '@hono/zod-openapi';
import {
  CommentInputSchema,
  CommentPageSchema,
  CommentParams,
  CommentSchema,
  ReportInputSchema,
  ReportResultSchema,
  VoteSchema,
} from '../../../shared/schemas/comment';
import { PageQuerySchema } from '../../../shared/schemas/story';
import type { User } from '../core/auth';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import {
  access,
  IdParams,
  jsonBody,
  jsonContent,
  problemResponses,
  createdContent,
} from '../core/openapi';
import {
  displayNameRequiredError,
  notPublishedError,
  rateLimitedError,
} from '../core/common-problems';
import { notFoundError } from '../core/problem-json';
import { requireUser } from '../core/require-user';
import { postComment } from './commands/post-comment';
import { reportItem } from './commands/report-item';
import { setVote } from './commands/set-vote';
import { canSeeComment, toComment, visibleComments } from './comment-record';
import type { StoriesContext } from './context';
import { canSeeStory } from './permissions';

const tags = ['comments and support'];

/** Comments and support on published stories. */
export function interactionRoutes(deps: Deps, context: StoriesContext) {
  const { stories, comments } = context;
  const app = createRouter();

  /** Why an action on a story failed its condition: unknown or unseen → 404, else 409. */
  async function storyActionProblem(storyId: string, user: User | null) {
    const story = await stories.get(storyId, true);
    return story && canSeeStory(story, user) ? notPublishedError() : notFoundError('story');
  }

  /** The story (and, for replies, the parent comment) must be visible to the caller: else 404. */
  async function requireVisible(storyId: string, user: User | null, parentId?: string) {
    const [story, parent] = await Promise.all([
      stories.get(storyId),
      parentId ? comments.get(storyId, parentId) : undefined,
    ]);
    if (!story || !canSeeStory(story, user)) throw notFoundError('story');
    if (parentId && (!parent || parent.parentId || !canSeeComment(parent, user)))
      throw notFoundError('comment');
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/stories/{id}/comments',
      operationId: 'postComment',
      description:
        'Comments on a published story, or replies to a top-level comment (`parentId`; one level deep). The comment is published, or held for a moderator when pre-screening flags it. `Location` names the story. 409 when the story is not published, and 409 `/problems/display-name-required` while the caller has not chosen a display name.',
      tags,
      ...access.signedIn,
      summary: 'Comment on a published story, or reply to a comment (one level)',
      request: { params: IdParams, body: jsonBody(CommentInputSchema) },
      responses: {
        201: createdContent(CommentSchema, 'The comment: published, or held for a moderator'),
        ...problemResponses(400, 401, 404, 409, 413, 415, 429),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const result = await postComment(context, user, id, c.req.valid('json'));
      if (!result.ok) {
        if (result.reason === 'rate-limited') throw rateLimitedError(deps.now(), 'comments');
        if (result.reason === 'display-name-required') throw displayNameRequiredError();
        if (result.reason === 'parent-not-found') throw notFoundError('comment to reply to');
        throw await storyActionProblem(id, user);
      }
      c.header('location', `/api/stories/${id}`);
      return c.json(toComment(result.value, user), 201);
    },
  );

  for (const replies of [false, true]) {
    app.openapi(
      createRoute({
        method: 'get',
        ...access.anyone,
        path: replies ? '/stories/{id}/comments/{commentId}/replies' : '/stories/{id}/comments',
        operationId: replies ? 'listReplies' : 'listComments',
        description: replies
          ? 'The replies to a comment, oldest first: those the caller may see (published ones, and their own held ones).'
          : 'The top-level comments on a story the caller may see, oldest first.',
        tags,
        summary: replies
          ? 'Replies to a comment, oldest first'
          : 'Comments on a story, oldest first',
        request: { params: replies ? CommentParams : IdParams, query: PageQuerySchema },
        responses: {
          200: jsonContent(CommentPageSchema, 'A page of comments'),
          ...problemResponses(400, 404),
        },
      }),
      async (c) => {
        const user = c.get('user');
        const { id } = c.req.valid('param');
        const parentId = replies ? c.req.param('commentId') : undefined;
        const { limit, cursor } = c.req.valid('query');
        const scope = `comments:${id}${parentId ? `:${parentId}` : ''}`;
        const startKey = deps.cursors.startKey(scope, cursor);
        await requireVisible(id, user, parentId);
        const page = await stories.listComments({ storyId: id, parentId, limit, startKey });
        return c.json(
          {
            items: visibleComments(page.items, user),
            nextCursor: deps.cursors.encode(scope, page.lastKey),
          },
          200,
        );
      },
    );
  }

  for (const voted of [true, false]) {
    app.openapi(
      createRoute({
        method: voted ? 'put' : 'delete',
        path: '/stories/{id}/vote',
        operationId: voted ? 'supportStory' : 'withdrawSupport',
        description: voted
          ? 'Supports a published story; once per person (idempotent; an `Idempotency-Key` header makes a retry answer like the first). 409 when the story is not published.'
          : 'Withdraws the caller’s support (idempotent). 409 when the story is not published.',
        tags,
        ...access.signedIn,
        summary: voted ? 'Support a story (idempotent)' : 'Withdraw support (idempotent)',
        request: { params: IdParams },
        responses: {
          200: jsonContent(VoteSchema, 'The support state'),
          ...problemResponses(401, 404, 409, 429),
        },
      }),
      async (c) => {
        const user = requireUser(c);
        const { id } = c.req.valid('param');
        const key = c.req.header('idempotency-key');
        const token = key && /^[\w-]{8,36}$/.test(key) ? key : undefined;
        const result = await setVote(context, user, id, voted, token);
        if (result.ok) return c.json(result.value, 200);
        if (result.reason === 'rate-limited') throw rateLimitedError(deps.now(), 'support');
        throw await storyActionProblem(id, user);
      },
    );
  }

  for (const onComment of [false, true]) {
    app.openapi(
      createRoute({
        method: 'post',
        path: onComment ? '/stories/{id}/comments/{commentId}/reports' : '/stories/{id}/reports',
        operationId: onComment ? 'reportComment' : 'reportStory',
        description: `Reports a ${onComment ? 'comment' : 'story'} to the moderators: 201 for a new report, 200 when the caller had reported it already (nothing changes). Reports from three different people hide the item until a moderator decides. \`Location\` names the story.`,
        tags,
        ...access.signedIn,
        summary: onComment ? 'Report a comment' : 'Report a story',
        request: {
          params: onComment ? CommentParams : IdParams,
          body: jsonBody(ReportInputSchema),
        },
        responses: {
          201: createdContent(ReportResultSchema, 'Reported'),
          200: jsonContent(ReportResultSchema, 'Already reported by you: nothing changed'),
          ...problemResponses(400, 401, 404, 413, 415, 429),
        },
      }),
      async (c) => {
        const user = requireUser(c);
        const { id } = c.req.valid('param');
        const commentId = onComment ? c.req.param('commentId') : undefined;
        const result = await reportItem(
          context,
          user,
          { storyId: id, commentId },
          c.req.valid('json'),
        );
        if (!result.ok) {
          if (result.reason === 'rate-limited') throw rateLimitedError(deps.now(), 'reports');
          throw notFoundError(onComment ? 'comment' : 'story');
        }
        const { created } = result.value;
        if (created) c.header('location', `/api/stories/${id}`);
        return c.json({ reported: true as const, created }, created ? 201 : 200);
      },
    );
  }

  return app;
}
