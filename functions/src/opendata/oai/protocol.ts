/**
 * The protocol's requests and errors (OAI-PMH 2.0 §3.6 and §4): which arguments each verb takes,
 * and the error codes for what a harvester can get wrong.
 */
export const VERBS = [
  'Identify',
  'ListMetadataFormats',
  'ListSets',
  'GetRecord',
  'ListIdentifiers',
  'ListRecords',
] as const;
export type Verb = (typeof VERBS)[number];

export type OaiErrorCode =
  | 'badArgument'
  | 'badResumptionToken'
  | 'badVerb'
  | 'cannotDisseminateFormat'
  | 'idDoesNotExist'
  | 'noMetadataFormats'
  | 'noRecordsMatch'
  | 'noSetHierarchy';
export type OaiError = { code: OaiErrorCode; message: string };

export const oaiError = (code: OaiErrorCode, message: string): OaiError => ({ code, message });

type ArgumentRule = {
  required: readonly string[];
  optional: readonly string[];
  /** An argument that must come alone (besides the verb). */
  exclusive?: string;
};

const LIST: ArgumentRule = {
  required: ['metadataPrefix'],
  optional: ['from', 'until', 'set'],
  exclusive: 'resumptionToken',
};

const ARGUMENTS: Record<Verb, ArgumentRule> = {
  Identify: { required: [], optional: [] },
  ListMetadataFormats: { required: [], optional: ['identifier'] },
  ListSets: { required: [], optional: [], exclusive: 'resumptionToken' },
  GetRecord: { required: ['identifier', 'metadataPrefix'], optional: [] },
  ListIdentifiers: LIST,
  ListRecords: LIST,
};

/** What the schema lets the request element echo (metadataPrefixType, setSpecType). */
const METADATA_PREFIX = /^[A-Za-z0-9\-_.!~*'()]+$/;
const SET_SPEC = /^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$/;
const IDENTIFIER = /^[^\s<>"{}|\\^`]{1,300}$/;

export type OaiRequest = { verb: Verb; args: Record<string, string> };

/**
 * Reads a request's arguments (the query of a GET, the form of a POST): the verb and its
 * arguments, or the errors that the protocol gives for them. A missing, repeated or unknown verb
 * is badVerb; a repeated, unknown, missing, empty or malformed argument is badArgument.
 */
export function parseOaiRequest(
  params: Iterable<[string, string]>,
): { ok: true; request: OaiRequest } | { ok: false; errors: OaiError[] } {
  const values = new Map<string, string[]>();
  for (const [name, value] of params) values.set(name, [...(values.get(name) ?? []), value]);
  const verbs = values.get('verb') ?? [];
  const verb = verbs[0];
  if (verbs.length !== 1 || !VERBS.includes(verb as Verb)) {
    const message =
      verbs.length === 0
        ? 'The verb argument is missing.'
        : verbs.length > 1
          ? 'The verb argument is repeated.'
          : `"${verb}" is not an OAI-PMH verb.`;
    return { ok: false, errors: [oaiError('badVerb', message)] };
  }
  const rule = ARGUMENTS[verb as Verb];
  const errors: OaiError[] = [];
  const args: Record<string, string> = {};
  for (const [name, given] of values) {
    if (name === 'verb') continue;
    if (![...rule.required, ...rule.optional, rule.exclusive].includes(name)) {
      errors.push(oaiError('badArgument', `${verb} takes no argument "${name}".`));
    } else if (given.length > 1) {
      errors.push(oaiError('badArgument', `The argument "${name}" is repeated.`));
    } else if (!given[0]) {
      errors.push(oaiError('badArgument', `The argument "${name}" is empty.`));
    } else {
      args[name] = given[0];
    }
  }
  if (errors.length) return { ok: false, errors };
  const names = Object.keys(args);
  if (rule.exclusive && names.includes(rule.exclusive)) {
    if (names.length > 1)
      errors.push(oaiError('badArgument', `${rule.exclusive} is an exclusive argument.`));
  } else {
    for (const name of rule.required.filter((required) => !(required in args)))
      errors.push(oaiError('badArgument', `${verb} needs the argument "${name}".`));
  }
  if (args.metadataPrefix !== undefined && !METADATA_PREFIX.test(args.metadataPrefix))
    errors.push(oaiError('badArgument', 'The metadataPrefix is not a metadata prefix.'));
  if (args.set !== undefined && !SET_SPEC.test(args.set))
    errors.push(oaiError('badArgument', 'The set is not a setSpec.'));
  if (args.identifier !== undefined && !IDENTIFIER.test(args.identifier))
    errors.push(oaiError('badArgument', 'The identifier is not an identifier.'));
  return errors.length
    ? { ok: false, errors }
    : { ok: true, request: { verb: verb as Verb, args } };
}
