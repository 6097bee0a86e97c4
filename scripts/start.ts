/**
 * `npm start`: DynamoDB Local (persisted under DATA_DIR), the local S3 (files under DATA_DIR), the
 * local SES, the local OpenID provider
 * (accounts under DATA_DIR), the API and the web app, demo content on an empty database, and the
 * stream poller that runs the event handlers (DESIGN §8) on the table's stream.
 * `npm run start:api` (--api-only) leaves out the web app. Ctrl-C stops everything.
 * Environment: API_PORT, WEB_PORT, DYNAMODB_PORT, AUTH_PORT, MAIL_PORT, S3_PORT, DATA_DIR, SEED,
 * TABLE_NAME, MEDIA_BUCKET, SITE_URL (the links in e-mails; the web app on WEB_PORT unless set),
 * and DYNAMODB_ENDPOINT, S3_ENDPOINT, SES_ENDPOINT, AUTH_ISSUER to use one that runs elsewhere
 * (DESIGN §4).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../functions/src/core/config';
import { createTableClient } from '../functions/src/core/dynamo';
import { ensureTable } from '../functions/src/core/ensure-table';
import { createEventDeps, eventHandlers } from '../functions/src/events/handlers';
import { startApiServer } from '../functions/src/local-server';
import { startDynamoDbLocal, type DynamoDbLocal } from './local-stack/dynamodb-local';
import { startLocalSes, type LocalSes } from './local-stack/local-ses';
import { startLocalS3, type LocalS3 } from './local-stack/local-s3';
import { createS3Client, ensureBucket } from '../functions/src/core/s3';
import { startStreamPoller } from './local-stack/stream-poller';
import { backfillStatsCounters } from './migrations/stats-counters';
import { LOCAL_CLIENT_ID } from './local-stack/local-identity';
import { PERSONA_PASSWORD, personaEmail, startLocalAuth } from './local-auth';
import { isTableEmpty, seedDemoContent } from './seed/seed-demo-content';
import { SIGN_IN_PERSONAS } from '../shared/demo-personas';
import { unnameAnonymousAuthorComments } from './migrations/anonymous-author-comments';
import { rewritePublicPlaceNames } from './migrations/public-place-names';
import { addMissingShortLinks } from './migrations/short-links';
import { writeMissingOaiRecords } from './migrations/oai-records';
import { unifyDisplayNames } from './migrations/display-names';
import { addInteractionPointers } from './migrations/interaction-pointers';
import { addNotesToLog } from './migrations/notes-log';
import { expireCuratorNotices } from './migrations/curator-notice-expiry';
import { expireWithdrawnAuditTitles } from './migrations/withdrawn-audit-titles';
import { recordConsentLedger } from './migrations/consent-ledger';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiOnly = process.argv.includes('--api-only');
const env = process.env;
const apiPort = Number(env.API_PORT ?? 8787);
const webPort = Number(env.WEB_PORT ?? 5173);
const dynamoPort = Number(env.DYNAMODB_PORT ?? 8000);
const authPort = Number(env.AUTH_PORT ?? 8788);
const mailPort = Number(env.MAIL_PORT ?? 8005);
const s3Port = Number(env.S3_PORT ?? 4569);
const mediaBucket = env.MEDIA_BUCKET ?? 'ruhr-stories-media';
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

function startWeb(authEnv: Record<string, string>): ChildProcess {
  const require = createRequire(import.meta.url);
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  // Vite runs from web/ because SvelteKit reads svelte.config.js from the working directory.
  const child = spawn(process.execPath, [vite, 'dev', '--port', String(webPort), '--strictPort'], {
    cwd: join(root, 'web'),
    env: { ...env, ...authEnv, API_PORT: String(apiPort), WEB_PORT: String(webPort) },
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
  let ses: LocalSes | undefined;
  if (!env.SES_ENDPOINT) {
    ses = await startLocalSes({ port: mailPort });
    stoppers.push(ses.stop);
  }
  const sesEndpoint = env.SES_ENDPOINT ?? ses!.endpoint;
  let s3: LocalS3 | undefined;
  if (!env.S3_ENDPOINT) {
    s3 = await startLocalS3({
      port: s3Port,
      bucket: mediaBucket,
      origins: [`http://localhost:${webPort}`, `http://127.0.0.1:${webPort}`],
      directory: join(dataDir, 's3'),
    });
    stoppers.push(s3.stop);
  }
  const s3Endpoint = env.S3_ENDPOINT ?? s3!.endpoint;
  // What the API needs to trust the issuer and manage its accounts (ACCOUNTS-CONTRACT).
  const authEnv: Record<string, string> = {
    AUTH_CLIENT_ID: env.AUTH_CLIENT_ID ?? LOCAL_CLIENT_ID,
    SES_ENDPOINT: sesEndpoint,
    S3_ENDPOINT: s3Endpoint,
    MEDIA_BUCKET: mediaBucket,
  };
  if (env.AUTH_ISSUER) {
    authEnv.AUTH_ISSUER = env.AUTH_ISSUER;
  } else {
    const adminKey = randomBytes(24).toString('base64url');
    const auth = await startLocalAuth({
      port: authPort,
      dataDir,
      // The web app's origins on WEB_PORT, by name and by address (DESIGN §7).
      webOrigins: [`http://localhost:${webPort}`, `http://127.0.0.1:${webPort}`],
      clientId: authEnv.AUTH_CLIENT_ID!,
      sesEndpoint,
      adminKey,
      mailFrom: env.MAIL_FROM,
    });
    stoppers.push(auth.stop);
    Object.assign(authEnv, {
      AUTH_ISSUER: auth.issuer,
      LOCAL_AUTH_ADMIN_URL: auth.issuer,
      LOCAL_AUTH_ADMIN_KEY: adminKey,
    });
  }
  const config = loadConfig({
    AUTH_MODE: 'local',
    // The web app's address, for the links in decision e-mails and exports.
    SITE_URL: `http://localhost:${webPort}`,
    ...env,
    ...authEnv,
    DYNAMODB_ENDPOINT: env.DYNAMODB_ENDPOINT ?? dynamo!.endpoint,
  });
  const client = createTableClient(config);
  const table = await ensureTable(client, config.tableName);
  const bucket = s3
    ? 'created at start'
    : await ensureBucket({ s3: createS3Client(config), bucket: config.mediaBucket });
  const api = await startApiServer(config, apiPort);
  stoppers.push(api.close);
  // Stored data follows today's rules before anyone reads it (idempotent, see scripts/migrate.ts).
  await rewritePublicPlaceNames(api.deps.db);
  await unnameAnonymousAuthorComments(api.deps.db);
  await addMissingShortLinks(api.deps.db);
  await unifyDisplayNames(api.deps.db);
  await addInteractionPointers(api.deps.db);
  await addNotesToLog(api.deps.db);
  await expireCuratorNotices(api.deps.db);
  await expireWithdrawnAuditTitles(api.deps.db);
  await recordConsentLedger(api.deps.db);
  let seeded = 0;
  if (seed && (await isTableEmpty(api.deps.db))) seeded = await seedDemoContent(api.deps);
  // After the seed: its stories were published before the poller runs the oai-records handler.
  await writeMissingOaiRecords(api.deps.db);
  // After the seed, before the poller: the statistics count what is stored now (idempotent).
  await backfillStatsCounters(api.deps.db);
  client.destroy();
  // The event handlers, as the event source mappings run them on AWS: from now on, so the demo
  // content's decisions and the migrations mail no one; stopped before the table goes away.
  const events = createEventDeps(config, 'ruhr-stories-events');
  const handlers = eventHandlers(events);
  const poller = await startStreamPoller({
    endpoint: config.dynamodbEndpoint!,
    tableName: config.tableName,
    handlers,
    log: events.log,
  });
  stoppers.push(poller.stop);
  if (!apiOnly) {
    const web = startWeb(authEnv);
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
    `  Sign-in:       ${authEnv.AUTH_ISSUER}  (${env.AUTH_ISSUER ? 'given by AUTH_ISSUER' : `local OpenID provider, accounts in ${join(dataDir, 'local-auth')}`})`,
    `  Mail viewer:   ${ses ? ses.viewerUrl : `${sesEndpoint} (given by SES_ENDPOINT)`}${ses ? `  (all messages as JSON: ${ses.storeUrl})` : ''}`,
    `  DynamoDB:      ${config.dynamodbEndpoint}  table "${config.tableName}" (${table})${dynamo ? `, data in ${dataDir}` : ''}`,
    `  S3:            ${s3Endpoint}  bucket "${config.mediaBucket}" (${bucket})${s3 ? `, files in ${join(dataDir, 's3')}` : ''}`,
    `  Events:        stream poller running ${handlers.map((h) => h.name).join(', ')} (links to ${config.siteUrl})`,
    seeded ? `  Demo content:  ${seeded} stories added` : '  Demo content:  kept as it was',
    '',
    env.AUTH_ISSUER
      ? 'Demo personas (accounts at the local OpenID provider only):'
      : `Demo personas (one click on the sign-in page, or e-mail and password "${PERSONA_PASSWORD}"):`,
    ...SIGN_IN_PERSONAS.map(
      (p) =>
        `  ${p.name.padEnd(20)} ${personaEmail(p.id).padEnd(20)} ${p.groups.length ? p.groups.join(', ') : 'resident'}`,
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
