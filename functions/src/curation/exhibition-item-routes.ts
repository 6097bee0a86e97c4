import { createRoute } from '@hono/zod-openapi';
import {
  ExhibitionDetailSchema,
  ExhibitionItemInputSchema,
  ExhibitionItemParams,
  ExhibitionItemPatchSchema,
  ExhibitionItemRemovedSchema,
  ExhibitionItemSchema,
  ExhibitionOrderSchema,
} from '../../../shared/schemas/curation';
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
import { ProblemError } from '../core/problem-json';
import { requireGroup } from '../core/require-user';
import { addExhibitionItem } from './commands/add-exhibition-item';
import { captionExhibitionItem } from './commands/caption-exhibition-item';
import { orderExhibitionItems } from './commands/order-exhibition-items';
import { removeExhibitionItem } from './commands/remove-exhibition-item';
import type { CurationContext } from './context';
import { toExhibition, toExhibitionItems } from './exhibition-record';
import { curationProblem } from './problems';

const tags = ['exhibitions'];

/** The stories in an exhibition: curators add, order and remove them. */
export function exhibitionItemRoutes(deps: Deps, context: CurationContext) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/exhibitions/{id}/items',
      operationId: 'addExhibitionItem',
      description:
        'Adds a published story to an exhibition, last in its order. 409 when the story is not published, its author did not consent to exhibition use, it is in the exhibition already, or the exhibition is full. Curators only.',
      tags,
      ...access.group('curators'),
      summary: 'Add a published story whose author consented to exhibition use; it goes last',
      request: { params: IdParams, body: jsonBody(ExhibitionItemInputSchema) },
      responses: {
        201: createdContent(ExhibitionItemSchema, 'The story as the exhibition shows it'),
        ...problemResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      const curator = requireGroup(c, 'curators');
      const { id } = c.req.valid('param');
      const result = await addExhibitionItem(context, curator, id, c.req.valid('json'));
      if (!result.ok) throw curationProblem(result.reason);
      const [shown] = toExhibitionItems([result.value.item]);
      c.header('location', `/api/exhibitions/${id}`);
      return c.json({ ...shown!, position: result.value.position }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/exhibitions/{id}/items',
      operationId: 'orderExhibitionItems',
      description:
        'Sets the order of an exhibition’s stories. The body names exactly the stories it holds, each once (else 400). Curators only.',
      tags,
      ...access.group('curators'),
      summary: "Set the order of an exhibition's stories: name exactly the stories it holds",
      request: { params: IdParams, body: jsonBody(ExhibitionOrderSchema) },
      responses: {
        200: jsonContent(ExhibitionDetailSchema, 'The exhibition in its new order'),
        ...problemResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const { id } = c.req.valid('param');
      const result = await orderExhibitionItems(context, id, c.req.valid('json').storyIds);
      if (result.ok) {
        const { exhibition, items } = result.value;
        return c.json({ ...toExhibition(exhibition), items: toExhibitionItems(items) }, 200);
      }
      if (result.reason === 'not-the-current-items') {
        throw new ProblemError(400, 'validation-error', 'Some fields are not valid.', {
          errors: [
            {
              path: 'storyIds',
              message: 'Name exactly the stories the exhibition holds, each once',
            },
          ],
        });
      }
      throw curationProblem(result.reason);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/exhibitions/{id}/items/{storyId}',
      operationId: 'captionExhibitionItem',
      description:
        'Rewrites the caption of a story already in an exhibition (`caption: null` removes it); 404 when the story is not in it. Curators only.',
      tags,
      ...access.group('curators'),
      summary: 'Change the caption of a story in an exhibition',
      request: { params: ExhibitionItemParams, body: jsonBody(ExhibitionItemPatchSchema) },
      responses: {
        200: jsonContent(ExhibitionItemSchema, 'The story as the exhibition now shows it'),
        ...problemResponses(400, 401, 403, 404, 413, 415),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const { id, storyId } = c.req.valid('param');
      const { caption } = c.req.valid('json');
      const result = await captionExhibitionItem(context, id, storyId, caption);
      if (!result.ok) throw new ProblemError(404, 'not-found', 'No such story in this exhibition.');
      return c.json(result.value, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/exhibitions/{id}/items/{storyId}',
      operationId: 'removeExhibitionItem',
      description: 'Takes a story out of an exhibition; 404 when it is not in it. Curators only.',
      tags,
      ...access.group('curators'),
      summary: 'Take a story out of an exhibition',
      request: { params: ExhibitionItemParams },
      responses: {
        200: jsonContent(ExhibitionItemRemovedSchema, 'Removed'),
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const { id, storyId } = c.req.valid('param');
      const result = await removeExhibitionItem(context, id, storyId);
      if (!result.ok) throw new ProblemError(404, 'not-found', 'No such story in this exhibition.');
      return c.json(result.value, 200);
    },
  );

  return app;
}
