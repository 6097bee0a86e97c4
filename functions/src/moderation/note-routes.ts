import { createRoute } from '@hono/zod-openapi';
import { AccountErasedError } from '../accounts/repository';
import {
  ItemRecordQuerySchema,
  ModerationNoteListSchema,
  ModerationNoteSchema,
  NoteInputSchema,
} from '../../../shared/schemas/moderation';
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
import { notFoundError } from '../core/problem-json';
import { TransactionConditionError } from '../core/transact';
import { requireGroup } from '../core/require-user';
import type { ModerationContext } from './context';
import { isModeratedItem } from './moderated-item';
import { createNotesRepository } from './notes-repository';
import { withStaffNames } from './staff-names';

const tags = ['moderation'];

/** Moderators' internal notes on an item: closed to everyone but moderators. */
export function noteRoutes(deps: Deps, context: ModerationContext) {
  const notes = createNotesRepository(deps.db);
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/notes/{id}',
      operationId: 'listModerationNotes',
      description:
        'The moderators’ internal notes on a story, or on a comment (with `storyId`), oldest first. 404 for an id that is no story or comment. Moderators only.',
      tags,
      ...access.group('moderators'),
      summary: 'Internal moderator notes on an item, oldest first',
      request: { params: IdParams, query: ItemRecordQuerySchema },
      responses: {
        200: jsonContent(ModerationNoteListSchema, 'The notes'),
        ...problemResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      requireGroup(c, 'moderators');
      const { id } = c.req.valid('param');
      const items = await notes.list(id);
      // Notes prove the item; only an empty list needs it looked up.
      if (items.length === 0 && !(await isModeratedItem(context, id, c.req.valid('query').storyId)))
        throw notFoundError('story or comment');
      return c.json(
        { items: await withStaffNames(context.accounts, items, 'authorSub', 'authorName') },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/moderation/notes/{id}',
      operationId: 'addModerationNote',
      description:
        'Adds an internal note to a story, or to a comment (with `storyId`); only moderators ever see it. 404 for an id that is no story or comment. Moderators only.',
      tags,
      ...access.group('moderators'),
      summary: 'Adds an internal note to an item (moderators only ever see it)',
      request: { params: IdParams, query: ItemRecordQuerySchema, body: jsonBody(NoteInputSchema) },
      responses: {
        201: createdContent(ModerationNoteSchema, 'The note'),
        ...problemResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      const user = requireGroup(c, 'moderators');
      const { id } = c.req.valid('param');
      const { storyId } = c.req.valid('query');
      if (!(await isModeratedItem(context, id, storyId))) throw notFoundError('story or comment');
      const now = deps.now();
      const note = await notes
        .add(
          {
            entityId: id,
            body: c.req.valid('json').body,
            authorSub: user.sub,
            at: now.toISOString(),
          },
          now,
          context.accounts.notErasedItem(user.sub),
        )
        .catch((error: unknown) => {
          if (error instanceof TransactionConditionError && error.failed('author'))
            throw new AccountErasedError();
          throw error;
        });
      const query = storyId ? `?storyId=${encodeURIComponent(storyId)}` : '';
      c.header('location', `/api/moderation/notes/${encodeURIComponent(id)}${query}`);
      const [named] = await withStaffNames(context.accounts, [note], 'authorSub', 'authorName');
      return c.json(named!, 201);
    },
  );

  return app;
}
