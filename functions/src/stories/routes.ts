import { createRoute } from '@hono/zod-openapi';
import {
  FeedQuerySchema,
  PageQuerySchema,
  StoryCardSchema,
  StoryInputSchema,
  StoryPatchSchema,
  StorySchema,
  StoryWithCommentsSchema,
} from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import {
  access,
  IdParams,
  jsonBody,
  jsonContent,
  pageOf,
  problemResponses,
  createdContent,
} from '../core/openapi';
import { displayNameRequiredError, rateLimitedError } from '../core/common-problems';
import { fieldErrors, notFoundError, ProblemError } from '../core/problem-json';
import { requireUser } from '../core/require-user';
import { editStory } from './commands/edit-story';
import { submitStory } from './commands/submit-story';
import { withdrawStory } from './commands/withdraw-story';
import { visibleComments } from './comment-record';
import { consentRoutes } from './consent-routes';
import { planFeedQuery } from './feed-facets';
import { canSeeStory } from './permissions';
import { interactionRoutes } from './interaction-routes';
import { shortLinkRoutes } from './short-link-routes';
import type { StoriesContext } from './context';
import { callProblem, isCallNotOpen } from './call-problems';
import { mediaProblem } from './media-problems';
import { storyWithMedia } from './private-view';
import { toCard, type StoryRecord } from './story-record';
import type { User } from '../core/auth';

const COMMENT_PAGE_SIZE = 20;
const tags = ['stories'];

/** The stories context: submissions, the public feed, story pages, a person's own stories. */
export function storiesRoutes(deps: Deps, context: StoriesContext) {
  const { stories, votes, mediaLibrary } = context;
  const shown = (record: StoryRecord, user: User | null) =>
    storyWithMedia(mediaLibrary, record, user);
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/stories',
      operationId: 'submitStory',
      description:
        'Sends in a story: it is pending until a moderator decides, and visible only to its author and moderators until then. `Location` names it. It carries the author’s display name (shown only with attribution `name`); 409 `/problems/display-name-required` while the caller has not chosen one. `media` names the caller’s own processed uploads (up to 6 photos and 1 recording); 422 `/problems/media-not-found`, `/problems/media-not-ready` or `/problems/media-kind-mismatch` with `pointer` `/media/<index>` when one cannot be attached. `callId` names the call for stories it answers: 409 `/problems/call-not-open` while that call is a draft, not open yet or closed; 422 `/problems/call-not-found` with `pointer` `/callId` for an unknown id. Until publication the media carry short-lived private URLs.',
      tags,
      ...access.signedIn,
      summary: 'Send in a story; it waits for a moderator',
      request: { body: jsonBody(StoryInputSchema) },
      responses: {
        201: createdContent(StorySchema, 'The story, pending'),
        ...problemResponses(400, 401, 409, 413, 415, 422, 429),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const result = await submitStory(context, user, c.req.valid('json'));
      if (!result.ok && result.reason === 'display-name-required') throw displayNameRequiredError();
      if (!result.ok && (result.reason === 'call-not-found' || isCallNotOpen(result.reason)))
        throw callProblem(result.reason);
      if (!result.ok && typeof result.reason === 'object' && 'media' in result.reason)
        throw mediaProblem(result.reason.media, result.reason.index);
      if (!result.ok) throw rateLimitedError(deps.now(), 'new stories');
      const story = result.value;
      c.header('location', `/api/stories/${story.id}`);
      return c.json(await shown(story, user), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/stories',
      operationId: 'listStories',
      description:
        'Published stories, newest or most supported first, filtered by theme, decade or language. Each card carries its support and comment counts; place names and coordinates are as public as the author chose.',
      tags,
      summary: 'The public feed of published stories',
      request: { query: FeedQuerySchema },
      responses: {
        200: jsonContent(pageOf(StoryCardSchema), 'A page of stories'),
        ...problemResponses(400),
      },
    }),
    async (c) => {
      const { sort, theme, decade, language, limit, cursor } = c.req.valid('query');
      const plan = planFeedQuery({ theme, decade, language });
      const scope = `feed:${sort}:${plan.facet}:${JSON.stringify(plan.remaining)}`;
      const startKey = deps.cursors.startKey(scope, cursor);
      const page = await stories.listFeed({ ...plan, sort, limit, startKey });
      return c.json(
        { items: page.items, nextCursor: deps.cursors.encode(scope, page.lastKey) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/stories/{id}',
      operationId: 'getStory',
      description:
        'A story with its first page of comments. Published stories are public; other statuses only for the author and moderators, else 404, and their media then carry short-lived private URLs (a published story’s are public `/media/…` URLs). For a signed-in caller `viewer` says whether they support the story and whether it is their own.',
      tags,
      summary: 'A story with its first page of comments',
      request: { params: IdParams },
      responses: {
        200: jsonContent(StoryWithCommentsSchema, 'The story'),
        ...problemResponses(401, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const user = c.get('user');
      // The vote lies outside the page's key range, so a signed-in caller costs a GetItem beside
      // the Query, sent in parallel (docs/data-model.md); a visitor costs the one Query.
      const [page, voted] = await Promise.all([
        stories.getPage(id, COMMENT_PAGE_SIZE),
        user ? votes.exists(id, user.sub) : false,
      ]);
      if (!page.story || !canSeeStory(page.story, user)) throw notFoundError('story');
      const nextCursor = deps.cursors.encode(`comments:${id}`, page.lastKey);
      const story = await shown(page.story, user);
      return c.json(
        {
          ...story,
          comments: { items: visibleComments(page.commentItems, user), nextCursor },
          ...(user && { viewer: { voted, isAuthor: story.isOwn } }),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/me/stories',
      operationId: 'listMyStories',
      description:
        'The caller’s own stories in every status, newest first, each with the moderator’s last decision and reason.',
      tags,
      ...access.signedIn,
      summary: "The caller's own stories in every status, with the moderator's reason",
      request: { query: PageQuerySchema },
      responses: {
        200: jsonContent(pageOf(StoryCardSchema), 'A page of own stories'),
        ...problemResponses(400, 401),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { limit, cursor } = c.req.valid('query');
      const scope = `mine:${user.sub}`;
      const startKey = deps.cursors.startKey(scope, cursor);
      const page = await stories.listByAuthor(user.sub, limit, startKey);
      return c.json(
        {
          items: page.items.map((record) => toCard(record, user)),
          nextCursor: deps.cursors.encode(scope, page.lastKey),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/stories/{id}',
      operationId: 'editStory',
      description:
        'The author edits a story while it is pending, or after a moderator asked for changes; it goes back to pending. The merged story must be valid. `media` replaces the story’s media (new uploads are attached, those left out released; `[]` removes all), with the same 422 problems as a submission.',
      tags,
      ...access.signedIn,
      summary: 'The author edits a pending story, or one a moderator asked to change',
      request: { params: IdParams, body: jsonBody(StoryPatchSchema) },
      responses: {
        200: jsonContent(StorySchema, 'The story, pending again'),
        ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422, 429),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const result = await editStory(context, user, id, c.req.valid('json'));
      if (result.ok) return c.json(await shown(result.value, user), 200);
      const { reason } = result;
      if (typeof reason === 'object' && 'media' in reason)
        throw mediaProblem(reason.media, reason.index);
      if (reason === 'not-found') throw notFoundError('story');
      if (reason === 'rate-limited') throw rateLimitedError(deps.now(), 'edits');
      if (reason === 'forbidden')
        throw new ProblemError(403, 'not-editable', 'Only the author can change a story.');
      if (reason === 'not-editable')
        throw new ProblemError(
          409,
          'not-editable',
          'A story can be changed only until a moderator has accepted it (while it is pending or changes were asked for).',
        );
      if (reason === 'conflict')
        throw new ProblemError(
          409,
          'state-conflict',
          'The story changed meanwhile. Please reload it.',
        );
      throw new ProblemError(400, 'validation-error', 'Some fields are not valid.', {
        errors: fieldErrors(reason.invalid),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/stories/{id}',
      operationId: 'withdrawStory',
      description: 'The author withdraws a story: it is gone from every public view.',
      tags,
      ...access.signedIn,
      summary: 'The author withdraws a story: gone from every public view',
      request: { params: IdParams },
      responses: {
        200: jsonContent(StorySchema, 'The story, withdrawn'),
        ...problemResponses(401, 403, 404, 409),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      const result = await withdrawStory(context, user, id);
      if (result.ok) return c.json(await shown(result.value, user), 200);
      if (result.reason === 'not-found') throw notFoundError('story');
      if (result.reason === 'forbidden')
        throw new ProblemError(403, 'forbidden', 'Only the author can withdraw a story.');
      throw new ProblemError(
        409,
        'state-conflict',
        'The story changed meanwhile. Please try again.',
      );
    },
  );

  app.route('/', interactionRoutes(deps, context));
  app.route('/', consentRoutes(deps, context));
  app.route('/', shortLinkRoutes(context));
  return app;
}
