/**
 * `npm start`: DynamoDB Local (persisted under DATA_DIR) + the API + the web app, demo content on an
 * empty database. `npm run start:api` (--api-only) leaves out the web app. Ctrl-C stops everything.
 * Environment: API_PORT, WEB_PORT, DYNAMODB_PORT, DATA_DIR, SEED, TABLE_NAME, DYNAMODB_ENDPOINT
 * (DESIGN §4).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../functions/src/core/config';
import { createTableClient } from '../functions/src/core/dynamo';
import { ensureTable } from '../functions/src/core/ensure-table';
import { startApiServer } from '../functions/src/local-server';
import { startDynamoDbLocal, type DynamoDbLocal } from './local-stack/dynamodb-local';
import { isTableEmpty, seedDemoContent } from './seed/seed-demo-content';
import { SIGN_IN_PERSONAS } from '../shared/demo-personas';
import { unnameAnonymousAuthorComments } from './migrations/anonymous-author-comments';
import { rewritePublicPlaceNames } from './migrations/public-place-names';
import { addMissingShortLinks } from './migrations/short-links';
import { unifyDisplayNames } from './migrations/display-names';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiOnly = process.argv.includes('--api-only');
const env = process.env;
const apiPort = Number(env.API_PORT ?? 8787);
const webPort = Number(env.WEB_PORT ?? 5173);
const dynamoPort = Number(env.DYNAMODB_PORT ?? 8000);
const dataDir = resolve(root, env.DATA_DIR ?? '.data');
const seed = (env.SEED ?? 'true') !== 'false';

const stoppers: (() => Promise<void>)[] = [];
let stopping = false;

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

function startWeb(): ChildProcess {
  const require = createRequire(import.meta.url);
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  // Vite runs from web/ because SvelteKit reads svelte.config.js from the working directory.
  const child = spawn(process.execPath, [vite, 'dev', '--port', String(webPort), '--strictPort'], {
    cwd: join(root, 'web'),
    env: { ...env, API_PORT: String(apiPort), WEB_PORT: String(webPort) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`The web dev server stopped (${code}).`);
      void stopAll(1);
    }
  });
  return child;
}

async function main() {
  let dynamo: DynamoDbLocal | undefined;
  if (!env.DYNAMODB_ENDPOINT) {
    dynamo = await startDynamoDbLocal({ port: dynamoPort, dataDir: join(dataDir, 'dynamodb') });
    stoppers.push(dynamo.stop);
  }
  const config = loadConfig({
    AUTH_MODE: 'local',
    ...env,
    DYNAMODB_ENDPOINT: env.DYNAMODB_ENDPOINT ?? dynamo!.endpoint,
  });
  const client = createTableClient(config);
  const table = await ensureTable(client, config.tableName);
  const api = await startApiServer(config, apiPort);
  stoppers.push(api.close);
  // Stored data follows today's rules before anyone reads it (idempotent, see scripts/migrate.ts).
  await rewritePublicPlaceNames(api.deps.db);
  await unnameAnonymousAuthorComments(api.deps.db);
  await addMissingShortLinks(api.deps.db);
  await unifyDisplayNames(api.deps.db);
  let seeded = 0;
  if (seed && (await isTableEmpty(api.deps.db))) seeded = await seedDemoContent(api.deps);
  client.destroy();
  if (!apiOnly) {
    const web = startWeb();
    stoppers.push(
      () =>
        new Promise<void>((done) => {
          if (web.exitCode !== null) return done();
          web.once('exit', () => done());
          web.kill('SIGTERM');
        }),
    );
  }
  const lines = [
    '',
    'Ruhr Stories is running.',
    apiOnly ? null : `  Web app:       http://localhost:${webPort}/`,
    `  API:           ${api.url}/api  (reference: ${api.url}/api/docs)`,
    `  DynamoDB:      ${config.dynamodbEndpoint}  table "${config.tableName}" (${table})${dynamo ? `, data in ${dataDir}` : ''}`,
    seeded ? `  Demo content:  ${seeded} stories added` : '  Demo content:  kept as it was',
    '',
    "Demo personas (sign in on the web app's login page):",
    ...SIGN_IN_PERSONAS.map(
      (p) => `  ${p.name.padEnd(22)} ${p.groups.length ? p.groups.join(', ') : 'resident'}`,
    ),
    '',
    'Press Ctrl-C to stop.',
  ];
  console.log(lines.filter((l) => l !== null).join('\n'));
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
});
