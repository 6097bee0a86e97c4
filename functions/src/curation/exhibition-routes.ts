import { createRoute } from '@hono/zod-openapi';
import {
  ExhibitionDetailSchema,
  ExhibitionInputSchema,
  ExhibitionListSchema,
  ExhibitionPatchSchema,
  ExhibitionSchema,
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
import { fieldErrors, notFoundError, ProblemError } from '../core/problem-json';
import { requireGroup } from '../core/require-user';
import { isId } from '../core/ids';
import { createExhibition } from './commands/create-exhibition';
import { editExhibition } from './commands/edit-exhibition';
import { setExhibitionStatus } from './commands/set-exhibition-status';
import type { CurationContext } from './context';
import { toExhibition, toExhibitionItems } from './exhibition-record';
import { canCurate, canSeeExhibition } from './permissions';
import { curationProblem } from './problems';

const tags = ['exhibitions'];

/** Exhibitions: curators make and publish them; everyone sees the published ones. */
export function exhibitionRoutes(deps: Deps, context: CurationContext) {
  const { exhibitions } = context;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/exhibitions',
      operationId: 'listExhibitions',
      description: 'Published exhibitions, newest first; a curator also sees the drafts.',
      tags,
      summary: 'Published exhibitions, newest first; for curators the drafts too',
      responses: { 200: jsonContent(ExhibitionListSchema, 'The exhibitions') },
    }),
    async (c) => {
      const statuses = canCurate(c.get('user'))
        ? (['published', 'draft'] as const)
        : ['published' as const];
      const lists = await Promise.all(statuses.map((status) => exhibitions.list(status)));
      return c.json({ items: lists.flat().map(toExhibition) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/exhibitions/{id}',
      operationId: 'getExhibition',
      description:
        'An exhibition with its stories in order and everything a kiosk shows of them. A draft is a 404 for everyone but curators.',
      tags,
      summary: 'An exhibition with its stories in order: everything a kiosk shows (one Query)',
      request: { params: IdParams },
      responses: {
        200: jsonContent(ExhibitionDetailSchema, 'The exhibition'),
        ...problemResponses(401, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const loaded = isId(id) ? await exhibitions.load(id) : null;
      if (!loaded || !canSeeExhibition(loaded.exhibition, c.get('user')))
        throw notFoundError('exhibition');
      return c.json(
        { ...toExhibition(loaded.exhibition), items: toExhibitionItems(loaded.items) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/exhibitions',
      operationId: 'createExhibition',
      description: 'Starts an exhibition as a draft; `Location` names it. Curators only.',
      tags,
      ...access.group('curators'),
      summary: 'Start an exhibition, as a draft',
      request: { body: jsonBody(ExhibitionInputSchema) },
      responses: {
        201: createdContent(ExhibitionSchema, 'The exhibition, a draft'),
        ...problemResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      const curator = requireGroup(c, 'curators');
      const record = await createExhibition(context, curator, c.req.valid('json'));
      c.header('location', `/api/exhibitions/${record.id}`);
      return c.json(toExhibition(record), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/exhibitions/{id}',
      operationId: 'editExhibition',
      description:
        'Changes an exhibition’s title, intro, venue or dates; `null` clears the venue or a date. Curators only.',
      tags,
      ...access.group('curators'),
      summary: "Change an exhibition's texts, venue or dates (null clears one)",
      request: { params: IdParams, body: jsonBody(ExhibitionPatchSchema) },
      responses: {
        200: jsonContent(ExhibitionSchema, 'The exhibition'),
        ...problemResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const { id } = c.req.valid('param');
      const result = isId(id)
        ? await editExhibition(context, id, c.req.valid('json'))
        : ({ ok: false, reason: 'not-found' } as const);
      if (result.ok) return c.json(toExhibition(result.value), 200);
      if (typeof result.reason === 'object') {
        throw new ProblemError(400, 'validation-error', 'Some fields are not valid.', {
          errors: fieldErrors(result.reason.invalid),
        });
      }
      throw curationProblem(result.reason);
    },
  );

  for (const action of ['publish', 'unpublish'] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/exhibitions/{id}/${action}`,
        operationId: action === 'publish' ? 'publishExhibition' : 'unpublishExhibition',
        description:
          action === 'publish'
            ? 'Publishes an exhibition: the public and kiosks see it (idempotent). Curators only.'
            : 'Takes an exhibition back to draft: it leaves the public list and kiosks (idempotent). Curators only.',
        tags,
        ...access.group('curators'),
        summary:
          action === 'publish'
            ? 'Publish an exhibition (idempotent)'
            : 'Take an exhibition back to draft (idempotent)',
        request: { params: IdParams },
        responses: {
          200: jsonContent(ExhibitionSchema, 'The exhibition'),
          ...problemResponses(401, 403, 404, 409),
        },
      }),
      async (c) => {
        requireGroup(c, 'curators');
        const { id } = c.req.valid('param');
        const status = action === 'publish' ? 'published' : 'draft';
        const result = isId(id)
          ? await setExhibitionStatus(context, id, status)
          : ({ ok: false, reason: 'not-found' } as const);
        if (!result.ok) throw curationProblem(result.reason);
        return c.json(toExhibition(result.value), 200);
      },
    );
  }

  return app;
}
