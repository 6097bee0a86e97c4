import type { Context } from 'hono';
import { createRouter } from '../../core/create-app';
import type { Deps } from '../../core/deps';
import type { AppEnv } from '../../core/hono-env';
import { optionalAuth } from '../../core/openapi';
import { problem } from '../../core/problem-json';
import type { OpendataContext } from '../context';
import { parseOaiRequest } from './protocol';
import { repositoryInfo } from './repository-info';
import { createResumptionTokens } from './resumption-token';
import { oaiResponse } from './response';
import { answer } from './verbs';

const tags = ['harvesting'];
const FORM = /^application\/x-www-form-urlencoded\s*(;|$)/i;
/** Harvesters ask again and again; a minute is short enough for a withdrawal to reach them. */
const CACHE_CONTROL = 'public, max-age=60';

const DESCRIPTION =
  'OAI-PMH 2.0 (openarchives.org/OAI/openarchivesprotocol.html) for aggregators such as Europeana and partner museums: `Identify`, `ListMetadataFormats` (`oai_dc`), `ListSets` (the themes), `GetRecord`, `ListIdentifiers` and `ListRecords`, with `from`/`until` at day or second granularity, `set`, and resumption tokens. A story that was withdrawn, hidden or lost its online consent stays as a deleted record (`deletedRecord` persistent). The answer is always `text/xml`, also for the protocol’s errors (`badVerb`, `badArgument`, …, with status 200, as the protocol asks); every caller gets the same answer, signed in or not.';

const ARGUMENTS = [
  'verb',
  'identifier',
  'metadataPrefix',
  'from',
  'until',
  'set',
  'resumptionToken',
];
const parameters = ARGUMENTS.map((name) => ({
  name,
  in: 'query' as const,
  required: name === 'verb',
  schema: { type: 'string' as const },
  description:
    name === 'verb'
      ? 'Identify, ListMetadataFormats, ListSets, GetRecord, ListIdentifiers or ListRecords'
      : `The protocol’s ${name} argument`,
}));
const xmlResponse = {
  200: {
    description: 'An OAI-PMH response (valid against OAI-PMH.xsd), or the protocol’s error',
    content: { 'text/xml': { schema: { type: 'string' as const } } },
  },
};

/** OAI-PMH 2.0 at /api/oai (DESIGN §10), by GET and by a form POST, public. */
export function oaiRoutes(deps: Deps, context: OpendataContext) {
  const app = createRouter();
  const tokens = createResumptionTokens(deps.config.cursorSecret);

  async function respond(c: Context<AppEnv>, params: Iterable<[string, string]>) {
    const info = repositoryInfo(
      deps.config.siteUrl ?? new URL(c.req.url).origin,
      deps.config.oaiAdminEmail,
    );
    const now = context.now();
    const parsed = parseOaiRequest(params);
    const result = parsed.ok
      ? await answer(
          { records: context.oai, tokens, info, now, pageSize: deps.config.oaiPageSize },
          parsed.request,
        )
      : parsed;
    const body = oaiResponse(info, now, parsed.ok ? parsed.request : null, result);
    return c.body(body, 200, {
      'content-type': 'text/xml; charset=utf-8',
      'cache-control': c.req.method === 'GET' ? CACHE_CONTROL : 'no-store',
    });
  }

  // Declared for the document only: the protocol's own argument rules (repeated, unknown,
  // exclusive arguments) answer in XML, so no zod validator may answer first with JSON.
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/oai',
    operationId: 'harvestOai',
    summary: 'Harvest the stories (OAI-PMH 2.0)',
    description: DESCRIPTION,
    tags,
    security: optionalAuth,
    parameters,
    responses: xmlResponse,
  });
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/oai',
    operationId: 'harvestOaiByForm',
    summary: 'Harvest the stories (OAI-PMH 2.0), arguments as a form',
    description: `${DESCRIPTION} By POST, the arguments come as an application/x-www-form-urlencoded body (415 otherwise).`,
    tags,
    security: optionalAuth,
    requestBody: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: {
            type: 'object',
            properties: Object.fromEntries(ARGUMENTS.map((name) => [name, { type: 'string' }])),
            required: ['verb'],
          },
        },
      },
    },
    responses: xmlResponse,
  });

  app.get('/oai', (c) => respond(c, new URL(c.req.url).searchParams));
  app.post('/oai', async (c) => {
    if (!FORM.test(c.req.header('content-type') ?? '')) {
      return problem(
        c,
        415,
        'unsupported-media-type',
        'Send the OAI-PMH arguments as application/x-www-form-urlencoded.',
      );
    }
    return respond(c, new URLSearchParams(await c.req.text()));
  });
  return app;
}
