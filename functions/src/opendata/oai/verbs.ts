import { THEMES, type Theme } from '../../../../shared/vocabulary';
import { parseProtocolDate, SECOND_GRANULARITY } from './datestamps';
import { oaiDc, OAI_DC } from './oai-dc';
import type { OaiRecord } from './oai-record';
import { oaiError, type OaiError, type OaiRequest } from './protocol';
import { identifierOf, storyIdOf, type RepositoryInfo } from './repository-info';
import type { OaiRepository } from './repository';
import {
  TOKEN_LIFETIME_SECONDS,
  type ResumptionState,
  type ResumptionTokens,
} from './resumption-token';
import { THEME_NAMES } from './theme-names';
import { element, fragment, type Markup } from './xml';

export type VerbContext = {
  records: OaiRepository;
  tokens: ResumptionTokens;
  info: RepositoryInfo;
  now: Date;
  pageSize: number;
};

/** A verb's answer: its element, or the protocol's errors. */
export type VerbResult = { ok: true; body: Markup } | { ok: false; errors: OaiError[] };

const fail = (...errors: OaiError[]): VerbResult => ({ ok: false, errors });
const isTheme = (set: string): set is Theme => (THEMES as readonly string[]).includes(set);

function header(info: RepositoryInfo, record: OaiRecord): Markup {
  return element(
    'header',
    record.deleted ? { status: 'deleted' } : {},
    element('identifier', {}, identifierOf(info, record.storyId)),
    element('datestamp', {}, record.datestamp),
    ...record.sets.map((set) => element('setSpec', {}, set)),
  );
}

function recordElement(info: RepositoryInfo, record: OaiRecord): Markup {
  return element(
    'record',
    {},
    header(info, record),
    !record.deleted && record.metadata
      ? element('metadata', {}, oaiDc(record.metadata, info.storyUrl(record.storyId)))
      : null,
  );
}

const formatElement = () =>
  element(
    'metadataFormat',
    {},
    element('metadataPrefix', {}, OAI_DC.prefix),
    element('schema', {}, OAI_DC.schema),
    element('metadataNamespace', {}, OAI_DC.namespace),
  );

async function identify(ctx: VerbContext): Promise<VerbResult> {
  const earliest =
    (await ctx.records.earliestDatestamp()) ?? `${ctx.now.toISOString().slice(0, 19)}Z`;
  return {
    ok: true,
    body: element(
      'Identify',
      {},
      element('repositoryName', {}, ctx.info.name),
      element('baseURL', {}, ctx.info.baseUrl),
      element('protocolVersion', {}, '2.0'),
      element('adminEmail', {}, ctx.info.adminEmail),
      element('earliestDatestamp', {}, earliest),
      element('deletedRecord', {}, 'persistent'),
      element('granularity', {}, SECOND_GRANULARITY),
    ),
  };
}

async function listMetadataFormats(ctx: VerbContext, args: OaiRequest['args']) {
  if (args.identifier !== undefined) {
    const storyId = storyIdOf(ctx.info, args.identifier);
    if (!storyId || !(await ctx.records.get(storyId)))
      return fail(oaiError('idDoesNotExist', 'No record has this identifier.'));
  }
  return { ok: true, body: element('ListMetadataFormats', {}, formatElement()) } as VerbResult;
}

function listSets(args: OaiRequest['args']): VerbResult {
  // Seven themes fit one answer: no token is ever issued, so none can be resumed.
  if (args.resumptionToken !== undefined)
    return fail(oaiError('badResumptionToken', 'This repository issues no tokens for ListSets.'));
  const sets = THEMES.map((theme) =>
    element(
      'set',
      {},
      element('setSpec', {}, theme),
      element('setName', {}, THEME_NAMES[theme].de),
      element(
        'setDescription',
        {},
        element(
          'oai_dc:dc',
          {
            'xmlns:oai_dc': OAI_DC.namespace,
            'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
          },
          element('dc:title', { 'xml:lang': 'de' }, THEME_NAMES[theme].de),
          element('dc:title', { 'xml:lang': 'en' }, THEME_NAMES[theme].en),
        ),
      ),
    ),
  );
  return { ok: true, body: element('ListSets', {}, ...sets) };
}

async function getRecord(ctx: VerbContext, args: OaiRequest['args']): Promise<VerbResult> {
  const storyId = storyIdOf(ctx.info, args.identifier!);
  const record = storyId ? await ctx.records.get(storyId) : null;
  if (!record) return fail(oaiError('idDoesNotExist', 'No record has this identifier.'));
  if (args.metadataPrefix !== OAI_DC.prefix)
    return fail(oaiError('cannotDisseminateFormat', 'This repository offers oai_dc only.'));
  return { ok: true, body: element('GetRecord', {}, recordElement(ctx.info, record)) };
}

/** The list request a first page asks for, or its errors. */
function listRequest(
  verb: 'ListIdentifiers' | 'ListRecords',
  args: OaiRequest['args'],
  now: Date,
): { ok: true; state: Omit<ResumptionState, 'after'> } | { ok: false; errors: OaiError[] } {
  const from = args.from === undefined ? undefined : parseProtocolDate(args.from);
  const until = args.until === undefined ? undefined : parseProtocolDate(args.until);
  const errors: OaiError[] = [];
  if (from === null) errors.push(oaiError('badArgument', 'from is not a date of this repository.'));
  if (until === null)
    errors.push(oaiError('badArgument', 'until is not a date of this repository.'));
  if (from && until && from.granularity !== until.granularity)
    errors.push(oaiError('badArgument', 'from and until have different granularities.'));
  if (errors.length) return { ok: false, errors };
  if (args.metadataPrefix !== OAI_DC.prefix)
    return {
      ok: false,
      errors: [oaiError('cannotDisseminateFormat', 'This repository offers oai_dc only.')],
    };
  if (args.set !== undefined && !isTheme(args.set))
    return { ok: false, errors: [oaiError('noRecordsMatch', 'There is no such set.')] };
  if (from && until && from.from > until.until)
    return { ok: false, errors: [oaiError('noRecordsMatch', 'from lies after until.')] };
  return {
    ok: true,
    state: {
      verb,
      metadataPrefix: OAI_DC.prefix,
      ...(args.set ? { set: args.set as Theme } : {}),
      ...(from ? { from: from.from } : {}),
      ...(until ? { until: until.until } : {}),
      cursor: 0,
      expires: Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_SECONDS,
    },
  };
}

/**
 * ListIdentifiers and ListRecords: one Query per page, oldest datestamp first. A list longer
 * than a page ends with a resumption token (with its expiry and the cursor); the page that
 * completes a resumed list ends with an empty one, as the protocol asks.
 */
async function list(
  ctx: VerbContext,
  verb: 'ListIdentifiers' | 'ListRecords',
  args: OaiRequest['args'],
): Promise<VerbResult> {
  let state: Omit<ResumptionState, 'after'> & { after?: string };
  if (args.resumptionToken !== undefined) {
    const resumed = ctx.tokens.decode(args.resumptionToken, verb, ctx.now);
    if (!resumed)
      return fail(oaiError('badResumptionToken', 'The token is invalid or has expired.'));
    state = resumed;
  } else {
    const first = listRequest(verb, args, ctx.now);
    if (!first.ok) return first;
    state = first.state;
  }
  const page = await ctx.records.page(
    state.set ? { set: state.set } : {},
    { from: state.from, until: state.until },
    state.after,
    ctx.pageSize,
  );
  if (!page.records.length)
    return fail(oaiError('noRecordsMatch', 'No records match these arguments.'));
  const items = page.records.map((record) =>
    verb === 'ListRecords' ? recordElement(ctx.info, record) : header(ctx.info, record),
  );
  let token: Markup | null = null;
  if (page.more && page.lastSk) {
    const next: ResumptionState = {
      ...state,
      after: page.lastSk,
      cursor: state.cursor + page.records.length,
      expires: Math.floor(ctx.now.getTime() / 1000) + TOKEN_LIFETIME_SECONDS,
    };
    token = element(
      'resumptionToken',
      {
        expirationDate: new Date(next.expires * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        cursor: state.cursor,
      },
      ctx.tokens.encode(next),
    );
  } else if (state.after) {
    token = element('resumptionToken', { cursor: state.cursor });
  }
  return { ok: true, body: element(verb, {}, fragment(...items), token) };
}

/** The answer to one well-formed request. */
export function answer(ctx: VerbContext, request: OaiRequest): Promise<VerbResult> | VerbResult {
  const { verb, args } = request;
  switch (verb) {
    case 'Identify':
      return identify(ctx);
    case 'ListMetadataFormats':
      return listMetadataFormats(ctx, args);
    case 'ListSets':
      return listSets(args);
    case 'GetRecord':
      return getRecord(ctx, args);
    case 'ListIdentifiers':
    case 'ListRecords':
      return list(ctx, verb, args);
  }
}
