import { createRoute } from '@hono/zod-openapi';
import {
  ModerationNoteListSchema,
  ModerationNoteSchema,
  NoteInputSchema,
} from '../../../shared/schemas/moderation';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { bearerAuth, IdParams, jsonBody, jsonContent, problemResponses } from '../core/openapi';
import { requireGroup } from '../core/require-user';
import { createNotesRepository } from './notes-repository';

const tags = ['moderation'];

/** Moderators' internal notes on an item: closed to everyone but moderators. */
export function noteRoutes(deps: Deps) {
  const notes = createNotesRepository(deps.db);
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/moderation/notes/{id}',
      tags,
      security: bearerAuth,
      summary: 'Internal moderator notes on an item, oldest first',
      request: { params: IdParams },
      responses: {
        200: jsonContent(ModerationNoteListSchema, 'The notes'),
        ...problemResponses(401, 403),
      },
    }),
    async (c) => {
      requireGroup(c, 'moderators');
      return c.json({ items: await notes.list(c.req.valid('param').id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/moderation/notes/{id}',
      tags,
      security: bearerAuth,
      summary: 'Adds an internal note to an item (moderators only ever see it)',
      request: { params: IdParams, body: jsonBody(NoteInputSchema) },
      responses: {
        201: jsonContent(ModerationNoteSchema, 'The note'),
        ...problemResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      const user = requireGroup(c, 'moderators');
      const now = deps.now();
      const note = await notes.add(
        {
          entityId: c.req.valid('param').id,
          body: c.req.valid('json').body,
          authorSub: user.sub,
          authorName: user.name,
          at: now.toISOString(),
        },
        now,
      );
      return c.json(note, 201);
    },
  );

  return app;
}
