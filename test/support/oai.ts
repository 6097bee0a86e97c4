import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import type { TestApp, Persona } from './test-app';

const dir = fileURLToPath(new URL('../fixtures/oai/', import.meta.url));
const read = (fileName: string) => ({ fileName, contents: readFileSync(dir + fileName, 'utf8') });
/** The OAI's schemas (test/fixtures/oai/README.md), and one that imports two of them. */
const SCHEMAS = ['OAI-PMH.xsd', 'oai_dc.xsd', 'simpledc20021212.xsd', 'xml.xsd'].map(read);
const HARVEST = read('harvest.xsd');

/**
 * The schema's errors for responses, each named by its place in the list: none when every one is
 * a valid OAI-PMH 2.0 response. One call validates many (each call starts libxml2 anew).
 */
export async function schemaErrors(...xmls: string[]): Promise<string[]> {
  const result = await validateXML({
    xml: xmls.map((contents, index) => ({ fileName: `response-${index}.xml`, contents })),
    schema: HARVEST,
    preload: SCHEMAS,
  });
  return result.errors.map((error) => `${error.loc?.fileName ?? ''}: ${error.message}`);
}

/** One OAI-PMH request by GET (or POST as a form), with the answer's parts tests look at. */
export async function harvest(
  t: TestApp,
  args: Record<string, string> | string,
  options: { as?: Persona; method?: 'GET' | 'POST' } = {},
) {
  const query = typeof args === 'string' ? args : new URLSearchParams(args).toString();
  const res =
    options.method === 'POST'
      ? await t.call('POST', '/api/oai', {
          as: options.as,
          body: query,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      : await t.call('GET', `/api/oai?${query}`, { as: options.as });
  const xml = res.text;
  const all = (pattern: RegExp) => [...xml.matchAll(pattern)].map((m) => m[1]!);
  const token = /<resumptionToken([^>]*?)(?:\/>|>([^<]*)<\/resumptionToken>)/.exec(xml);
  return {
    status: res.status,
    headers: res.headers,
    xml,
    errors: all(/<error code="(\w+)"/g),
    identifiers: all(/<identifier>([^<]+)<\/identifier>/g),
    deleted: all(/<header status="deleted"><identifier>([^<]+)</g),
    /** The resumption token's text ('' for the empty one closing a list), or undefined. */
    token: token ? (token[2] ?? '') : undefined,
    tokenAttributes: token?.[1] ?? '',
    request: /<request[^>]*>[^<]*<\/request>/.exec(xml)?.[0] ?? '',
  };
}
