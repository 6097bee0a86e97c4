import { createRoute } from '@hono/zod-openapi';
import {
  PickInputSchema,
  PickParams,
  PickSchema,
  UnpickedSchema,
} from '../../../shared/schemas/curation';
import { PageQuerySchema } from '../../../shared/schemas/story';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { access, jsonBody, jsonContent, pageOf, problemResponses } from '../core/openapi';
import { requireGroup } from '../core/require-user';
import { pickStory } from './commands/pick-story';
import { unpickStory } from './commands/unpick-story';
import type { CurationContext } from './context';
import { curationProblem } from './problems';

const tags = ['curation'];

/** Museum picks: curators feature published stories; everyone sees the list. */
export function pickRoutes(deps: Deps, context: CurationContext) {
  const { stories } = context;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/picks',
      operationId: 'listPicks',
      description:
        'The museum’s picks, newest pick first, each with the curators’ note. Kept apart from readers’ support.',
      tags,
      summary: "The museum's picks, newest pick first, each with the curators' note",
      request: { query: PageQuerySchema },
      responses: {
        200: jsonContent(pageOf(PickSchema), 'A page of picks'),
        ...problemResponses(400),
      },
    }),
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const startKey = deps.cursors.startKey('picks', cursor);
      const page = await stories.listPicks(limit, startKey);
      return c.json(
        { items: page.items, nextCursor: deps.cursors.encode('picks', page.lastKey) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/curation/picks/{storyId}',
      operationId: 'pickStory',
      description:
        'Features a published story as a museum pick, or changes the note of a pick. 409 when the story is not published. Curators only.',
      tags,
      ...access.group('curators'),
      summary: 'Feature a published story as a museum pick (again: change the note)',
      request: { params: PickParams, body: { ...jsonBody(PickInputSchema), required: false } },
      responses: {
        200: jsonContent(PickSchema, 'The pick'),
        ...problemResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      const curator = requireGroup(c, 'curators');
      const { storyId } = c.req.valid('param');
      const { note } = c.req.valid('json') ?? {};
      const result = await pickStory(context, curator, storyId, note);
      if (!result.ok) throw curationProblem(result.reason);
      return c.json(result.value, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/curation/picks/{storyId}',
      operationId: 'unpickStory',
      description: 'Ends a pick; a story that is no pick stays none (idempotent). Curators only.',
      tags,
      ...access.group('curators'),
      summary: 'End a pick (idempotent)',
      request: { params: PickParams },
      responses: {
        200: jsonContent(UnpickedSchema, 'Not a pick'),
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const curator = requireGroup(c, 'curators');
      const result = await unpickStory(context, curator, c.req.valid('param').storyId);
      if (!result.ok) throw curationProblem(result.reason);
      return c.json(result.value, 200);
    },
  );

  return app;
}
