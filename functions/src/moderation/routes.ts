import { createRoute } from '@hono/zod-openapi';
import { CommentSchema } from '../../../shared/schemas/comment';
import {
  CommentDecisionInputSchema,
  CommentTargetParams,
  QueueEntrySchema,
  QueueQuerySchema,
  StoryDecisionInputSchema,
  TranscriptEditedSchema,
  TranscriptInputSchema,
  TranscriptParams,
} from '../../../shared/schemas/moderation';
import { StorySchema } from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, IdParams, jsonBody, jsonContent, pageOf, problemResponses } from '../core/openapi';
import { notFoundError, ProblemError } from '../core/problem-json';
import { requireGroup } from '../core/require-user';
import { toComment } from '../stories/comment-record';
import { storyWithMedia } from '../stories/private-view';
import type { StoryRecord } from '../stories/story-record';
import { decideComment } from './commands/decide-comment';
import { decideStory } from './commands/decide-story';
import { editTranscript } from './commands/edit-transcript';
import type { ModerationContext } from './context';
import { logRoutes } from './log-routes';
import { noteRoutes } from './note-routes';
import { overviewRoutes } from './overview-routes';
import { toQueueEntry } from './queue-entries';

const tags = ['moderation'];
const conflict = () =>
  new ProblemError(
    409,
    'state-conflict',
    'The item is no longer in a state this decision applies to; someone may have decided already. Please reload.',
  );

const ownItem = (what: 'story' | 'comment') =>
  new ProblemError(
    403,
    'own-item',
    `No one decides on their own ${what}: another moderator has to.`,
  );

/**
 * The moderation context: the queue and decisions (moderators only); the log, notes and overview
 * in their own route files.
 */
export function moderationRoutes(deps: Deps, context: ModerationContext) {
  const { stories, audit, mediaLibrary } = context;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/queue',
      operationId: 'listModerationQueue',
      description:
        'Pending stories, held comments or reported items, oldest first, each with its age and its pre-screen flags. Moderators only.',
      tags,
      ...access.group('moderators'),
      summary: 'Pending stories, held comments or reported items, oldest first',
      request: { query: QueueQuerySchema },
      responses: {
        200: jsonContent(pageOf(QueueEntrySchema), 'A page of the queue'),
        ...problemResponses(400, 401, 403),
      },
    }),
    async (c) => {
      const user = requireGroup(c, 'moderators');
      const { kind, limit, cursor } = c.req.valid('query');
      const scope = `queue:${kind}`;
      const startKey = deps.cursors.startKey(scope, cursor);
      const page = await stories.listQueue(kind, limit, startKey);
      const now = deps.now();
      // A waiting (or hidden) story's media with private URLs; a comment's entry has no story.
      const items = await Promise.all(
        page.items.map(async (raw) => {
          const entry = toQueueEntry(raw, kind, user, now);
          if (!entry.story || entry.kind === 'comment') return entry;
          const record = raw as unknown as StoryRecord;
          return { ...entry, story: await storyWithMedia(mediaLibrary, record, user) };
        }),
      );
      return c.json({ items, nextCursor: deps.cursors.encode(scope, page.lastKey) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/moderation/stories/{id}/decision',
      operationId: 'decideStory',
      description:
        'Approve, reject or request changes on a pending story; hide or restore a published or hidden one. A reason is required for all but approve and restore. 409 when the story is no longer in a state the decision applies to (someone decided first), and 409 `/problems/transcript-required` when approving a story whose recording has no transcript yet. Moderators only.',
      tags,
      ...access.group('moderators'),
      summary:
        'Approve, reject or request changes (pending); hide or restore (published, hidden, reported)',
      request: { params: IdParams, body: jsonBody(StoryDecisionInputSchema) },
      responses: {
        200: jsonContent(StorySchema, 'The story after the decision'),
        ...problemResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const user = requireGroup(c, 'moderators');
      const { id } = c.req.valid('param');
      const result = await decideStory(context, user, id, c.req.valid('json'));
      if (result.ok) return c.json(await storyWithMedia(mediaLibrary, result.value, user), 200);
      if (result.reason === 'own-item') throw ownItem('story');
      if (result.reason === 'transcript-required')
        throw new ProblemError(
          409,
          'transcript-required',
          'The recording has no transcript yet: a story with a recording is published only with one. Add it first.',
        );
      throw result.reason === 'not-found' ? notFoundError('story') : conflict();
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/moderation/stories/{id}/media/{mediaId}/transcript',
      operationId: 'editTranscript',
      description:
        'Writes the transcript of a waiting story’s recording (a recording is published only with one), as one entry `transcript-edited` in the log. Only while the story is pending and still at `version` (the story’s version as its private view shows it): 409 otherwise. 404 when the story has no recording of that id. Answers the story’s media with private URLs and its new version. Moderators only, and not on their own story.',
      tags,
      ...access.group('moderators'),
      summary: 'Write the transcript of a waiting story’s recording',
      request: { params: TranscriptParams, body: jsonBody(TranscriptInputSchema) },
      responses: {
        200: jsonContent(TranscriptEditedSchema, 'The story’s media and its new version'),
        ...problemResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      const user = requireGroup(c, 'moderators');
      const { id, mediaId } = c.req.valid('param');
      const target = { storyId: id, mediaId };
      const result = await editTranscript(context, user, target, c.req.valid('json'));
      if (result.ok) {
        const { media, version } = result.value;
        return c.json({ media: await mediaLibrary.signed(media), version }, 200);
      }
      if (result.reason === 'own-item') throw ownItem('story');
      if (result.reason === 'not-found') throw notFoundError('story');
      if (result.reason === 'no-recording') throw notFoundError('recording in this story');
      throw new ProblemError(
        409,
        'state-conflict',
        'The story is no longer waiting, or it changed since you read it. Please reload.',
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/moderation/comments/{storyId}/{commentId}/decision',
      operationId: 'decideComment',
      description:
        'Approve a held comment, hide a comment, or restore a hidden one. 409 when the comment is no longer in a state the decision applies to. Moderators only.',
      tags,
      ...access.group('moderators'),
      summary: 'Approve a held comment, hide a comment, or restore a hidden one',
      request: { params: CommentTargetParams, body: jsonBody(CommentDecisionInputSchema) },
      responses: {
        200: jsonContent(CommentSchema, 'The comment after the decision'),
        ...problemResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const user = requireGroup(c, 'moderators');
      const target = c.req.valid('param');
      const result = await decideComment(context, user, target, c.req.valid('json'));
      if (result.ok) return c.json(toComment(result.value, user), 200);
      if (result.reason === 'own-item') throw ownItem('comment');
      throw result.reason === 'not-found' ? notFoundError('comment') : conflict();
    },
  );

  app.route('/', logRoutes(deps, context));
  app.route('/', noteRoutes(deps, context));
  app.route('/', overviewRoutes(deps, stories, audit));
  return app;
}
