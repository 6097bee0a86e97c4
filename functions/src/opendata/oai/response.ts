import { responseDateOf } from './datestamps';
import type { OaiError, OaiRequest } from './protocol';
import type { RepositoryInfo } from './repository-info';
import type { VerbResult } from './verbs';
import { element, xmlDocument, type Markup } from './xml';

const OAI_NAMESPACE = 'http://www.openarchives.org/OAI/2.0/';
const OAI_SCHEMA = 'http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd';

/**
 * A whole response: responseDate, the request echoed, then the verb's element or the errors.
 * After badVerb or badArgument the request element names only the base URL (the protocol
 * §3.2: its arguments were not valid, so they are not echoed); otherwise it echoes them.
 */
export function oaiResponse(
  info: RepositoryInfo,
  now: Date,
  request: OaiRequest | null,
  result: VerbResult,
): string {
  const echoed =
    request && !(!result.ok && result.errors.some(isRequestError))
      ? { verb: request.verb, ...request.args }
      : {};
  const content: Markup[] = result.ok
    ? [result.body]
    : result.errors.map((error) => element('error', { code: error.code }, error.message));
  return xmlDocument(
    element(
      'OAI-PMH',
      {
        xmlns: OAI_NAMESPACE,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': `${OAI_NAMESPACE} ${OAI_SCHEMA}`,
      },
      element('responseDate', {}, responseDateOf(now)),
      element('request', echoed, info.baseUrl),
      ...content,
    ),
  );
}

const isRequestError = (error: OaiError) =>
  error.code === 'badVerb' || error.code === 'badArgument';
