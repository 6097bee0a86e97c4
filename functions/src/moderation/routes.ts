import { createRoute } from '@hono/zod-openapi';
import { CommentSchema } from '../../../shared/schemas/comment';
import {
  CommentDecisionInputSchema,
  CommentTargetParams,
  QueueEntrySchema,
  QueueQuerySchema,
  StoryDecisionInputSchema,
} from '../../../shared/schemas/moderation';
import { StorySchema } from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, IdParams, jsonBody, jsonContent, pageOf, problemResponses } from '../core/openapi';
import { notFoundError, ProblemError } from '../core/problem-json';
import { requireGroup } from '../core/require-user';
import { toComment } from '../stories/comment-record';
import { toStory } from '../stories/story-record';
import { decideComment } from './commands/decide-comment';
import { decideStory } from './commands/decide-story';
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
  const { stories, audit } = context;
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
      const items = page.items.map((raw) => toQueueEntry(raw, kind, user, now));
      return c.json({ items, nextCursor: deps.cursors.encode(scope, page.lastKey) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/moderation/stories/{id}/decision',
      operationId: 'decideStory',
      description:
        'Approve, reject or request changes on a pending story; hide or restore a published or hidden one. A reason is required for all but approve and restore. 409 when the story is no longer in a state the decision applies to (someone decided first). Moderators only.',
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
      if (result.ok) return c.json(toStory(result.value, user), 200);
      if (result.reason === 'own-item') throw ownItem('story');
      throw result.reason === 'not-found' ? notFoundError('story') : conflict();
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
