import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { Role } from '../../shared/vocabulary';
import { demoUser } from '../../shared/demo-personas';
import { loadConfig } from '../../functions/src/core/config';
import { createTableClient } from '../../functions/src/core/dynamo';
import { ensureTable } from '../../functions/src/core/ensure-table';
import { createLocalApp, devProfiles } from '../../functions/src/local-app';
import { countRequests } from './count-requests';
import { TEST_MEDIA_BUCKET } from '../global-setup';

export type Persona = { sub: string; name: string; groups: Role[] };
export const PERSONAS = {
  anna: demoUser('anna'),
  ben: demoUser('ben'),
  mia: demoUser('mia'),
  kai: demoUser('kai'),
  lea: demoUser('lea'),
} satisfies Record<string, Persona>;

type RequestOptions = { as?: Persona; body?: unknown; headers?: Record<string, string> };

/**
 * The real local app (every context, dev issuer) against DynamoDB Local, with a table of its own
 * for this test file. `call` sends a request in-process through Hono's `app.request`.
 * `stream: true` gives the table its stream, for tests of event handlers (test/support/stream.ts);
 * the others go without, since DynamoDB Local keeps every stream's records and slows down with them.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { stream?: boolean } = {},
) {
  const config = loadConfig({
    AUTH_MODE: 'local',
    TABLE_NAME: `test-${randomUUID()}`,
    DYNAMODB_ENDPOINT: inject('dynamodbEndpoint'),
    S3_ENDPOINT: inject('s3Endpoint'),
    MEDIA_BUCKET: TEST_MEDIA_BUCKET,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const client = createTableClient(config);
  await ensureTable(client, config.tableName, { stream: options.stream ?? false });
  client.destroy();
  const { app, deps } = await createLocalApp(config);
  const requests = countRequests(deps.db.doc);
  const tokens = new Map<string, string>();

  async function tokenFor(persona: Persona) {
    const cached = tokens.get(persona.sub);
    if (cached) return cached;
    // As `/api/dev/token` does: the persona's profile, with its name, on first use.
    // Set-up, not part of what a test measures: not counted.
    await requests.uncounted(() => devProfiles(deps)(persona));
    const token = await deps.devIssuer!.sign(persona);
    tokens.set(persona.sub, token);
    return token;
  }

  async function call(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.as) headers.authorization = `Bearer ${await tokenFor(options.as)}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const response = await app.request(path, { method, headers, body });
    const text = await response.text();
    const json =
      // JSON and its +json kinds; not JSON Lines (application/x-ndjson), which is many documents.
      text && /[/+]json\b/.test(response.headers.get('content-type') ?? '')
        ? JSON.parse(text)
        : undefined;
    return { status: response.status, headers: response.headers, json, text };
  }

  return { app, deps, config, call, tokenFor, requests };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
