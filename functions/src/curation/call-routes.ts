import { createRoute } from '@hono/zod-openapi';
import {
  CallDetailSchema,
  CallExhibitionSchema,
  CallInputSchema,
  CallListSchema,
  CallPatchSchema,
  CallSchema,
} from '../../../shared/schemas/calls';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import { isId } from '../core/ids';
import {
  access,
  createdContent,
  IdParams,
  jsonBody,
  jsonContent,
  problemResponses,
} from '../core/openapi';
import { fieldErrors, notFoundError, ProblemError } from '../core/problem-json';
import { requireGroup } from '../core/require-user';
import { toCard } from '../stories/story-record';
import { toRecord } from '../stories/story-item';
import { orderCalls, toCall } from './call-record';
import { buildCallExhibition } from './commands/build-call-exhibition';
import { createCall } from './commands/create-call';
import { editCall } from './commands/edit-call';
import { publishCall } from './commands/publish-call';
import type { CurationContext } from './context';
import { toExhibition } from './exhibition-record';
import { canCurate } from './permissions';

const tags = ['calls'];
const conflict = () =>
  new ProblemError(409, 'state-conflict', 'The call changed meanwhile. Please reload it.');

/** Calls for stories (DESIGN §10): curators ask, everyone reads, residents answer. */
export function callRoutes(deps: Deps, context: CurationContext) {
  const { calls } = context;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/calls',
      operationId: 'listCalls',
      description:
        'Published calls: open ones first (closing soonest first), then those not open yet, then closed ones. A curator also sees the drafts (last), and for each call how many answers wait for a moderator (`waitingCount`).',
      tags,
      summary: 'Calls for stories, open ones first; for curators the drafts too',
      responses: { 200: jsonContent(CallListSchema, 'The calls') },
    }),
    async (c) => {
      const curator = canCurate(c.get('user'));
      const now = context.now();
      const records = (await calls.list()).filter((r) => curator || r.status === 'published');
      // Curators only: one counting Query per call, in parallel (the museum runs a handful).
      const waiting = curator
        ? await Promise.all(records.map((r) => calls.countWaiting(r.id)))
        : [];
      const items = records.map((r, i) => toCall(r, now, curator ? waiting[i] : undefined));
      return c.json({ items: orderCalls(items) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      ...access.anyone,
      path: '/calls/{id}',
      operationId: 'getCall',
      description: `The call with its newest published answers as public cards (place at its public precision, no name on an anonymous story), in one Query. A draft is a 404 for everyone but curators, who also get \`waitingCount\`.`,
      tags,
      summary: 'A call with its published answers (one Query)',
      request: { params: IdParams },
      responses: {
        200: jsonContent(CallDetailSchema, 'The call'),
        ...problemResponses(401, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const curator = canCurate(c.get('user'));
      const page = isId(id) ? await calls.loadPage(id) : null;
      if (!page || (page.call.status !== 'published' && !curator)) throw notFoundError('call');
      const waiting = curator ? await calls.countWaiting(id) : undefined;
      const answers = page.answers.map((item) => toCard(toRecord(item), null));
      return c.json({ ...toCall(page.call, context.now(), waiting), answers }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/calls',
      operationId: 'createCall',
      description:
        'Drafts a call for stories; `Location` names it. Times are ISO 8601 date-times (stored in UTC); without `closesAt` the call stays open. Curators only.',
      tags,
      ...access.group('curators'),
      summary: 'Draft a call for stories',
      request: { body: jsonBody(CallInputSchema) },
      responses: {
        201: createdContent(CallSchema, 'The call, a draft'),
        ...problemResponses(400, 401, 403, 413, 415),
      },
    }),
    async (c) => {
      const curator = requireGroup(c, 'curators');
      const record = await createCall(context, curator, c.req.valid('json'));
      c.header('location', `/api/calls/${record.id}`);
      return c.json(toCall(record, context.now(), 0), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/calls/{id}',
      operationId: 'editCall',
      description:
        'Changes a call’s texts, prompts, themes or period, in any status; `null` clears `closesAt`. Answers given stay answers. Curators only.',
      tags,
      ...access.group('curators'),
      summary: "Change a call's texts or period (null clears closesAt)",
      request: { params: IdParams, body: jsonBody(CallPatchSchema) },
      responses: {
        200: jsonContent(CallSchema, 'The call'),
        ...problemResponses(400, 401, 403, 404, 409, 413, 415),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const { id } = c.req.valid('param');
      const result = isId(id)
        ? await editCall(context, id, c.req.valid('json'))
        : ({ ok: false, reason: 'not-found' } as const);
      if (result.ok) return c.json(toCall(result.value, context.now()), 200);
      if (typeof result.reason === 'object') {
        throw new ProblemError(400, 'validation-error', 'Some fields are not valid.', {
          errors: fieldErrors(result.reason.invalid),
        });
      }
      throw result.reason === 'not-found' ? notFoundError('call') : conflict();
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/calls/{id}/publish',
      operationId: 'publishCall',
      description:
        'Publishes a call: everyone sees it, and it takes answers from `opensAt` until `closesAt` (idempotent). Curators only.',
      tags,
      ...access.group('curators'),
      summary: 'Publish a call (idempotent)',
      request: { params: IdParams },
      responses: {
        200: jsonContent(CallSchema, 'The call'),
        ...problemResponses(401, 403, 404, 409),
      },
    }),
    async (c) => {
      requireGroup(c, 'curators');
      const { id } = c.req.valid('param');
      const result = isId(id)
        ? await publishCall(context, id)
        : ({ ok: false, reason: 'not-found' } as const);
      if (!result.ok) throw result.reason === 'not-found' ? notFoundError('call') : conflict();
      return c.json(toCall(result.value, context.now()), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/calls/{id}/exhibition',
      operationId: 'buildCallExhibition',
      description:
        'Starts a draft exhibition from the call’s published answers: its title and intro are the call’s, its items the answers whose authors consented to exhibition use, oldest first. `Location` names the exhibition. Curators only.',
      tags,
      ...access.group('curators'),
      summary: "Build a draft exhibition from a call's answers",
      request: { params: IdParams },
      responses: {
        201: createdContent(CallExhibitionSchema, 'The draft exhibition, and what went in'),
        ...problemResponses(401, 403, 404),
      },
    }),
    async (c) => {
      const curator = requireGroup(c, 'curators');
      const { id } = c.req.valid('param');
      const result = isId(id)
        ? await buildCallExhibition(context, curator, id)
        : ({ ok: false, reason: 'not-found' } as const);
      if (!result.ok) throw notFoundError('call');
      const { exhibition, added, skipped } = result.value;
      c.header('location', `/api/exhibitions/${exhibition.id}`);
      return c.json({ exhibition: toExhibition(exhibition), added, skipped }, 201);
    },
  );

  return app;
}
