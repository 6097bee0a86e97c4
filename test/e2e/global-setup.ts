import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../functions/src/core/config';
import { createTableClient } from '../../functions/src/core/dynamo';
import { ensureTable } from '../../functions/src/core/ensure-table';
import { buildHashes, contentSecurityPolicy } from '../../infra/content-security-policy';
import { startApiServer } from '../../functions/src/local-server';
import { createEventDeps, eventHandlers } from '../../functions/src/events/handlers';
import { startLocalAuth } from '../../scripts/local-auth';
import { startLocalSes } from '../../scripts/local-stack/local-ses';
import { startLocalS3 } from '../../scripts/local-stack/local-s3';
import { startDynamoDbLocal } from '../../scripts/local-stack/dynamodb-local';
import { freePort } from '../../scripts/local-stack/free-port';
import { startStreamPoller } from '../../scripts/local-stack/stream-poller';
import { seedDemoContent } from '../../scripts/seed/seed-demo-content';
import { writeMissingOaiRecords } from '../../scripts/migrations/oai-records';
import { backfillStatsCounters } from '../../scripts/migrations/stats-counters';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const stops: (() => Promise<void>)[] = [];

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Build directories of earlier runs that ended without their teardown (their process is gone). */
async function removeStaleBuilds(kitDir: string) {
  for (const name of await readdir(kitDir).catch(() => [] as string[])) {
    const pid = Number(/^e2e-(\d+)$/.exec(name)?.[1]);
    if (pid && !isRunning(pid)) await rm(join(kitDir, name), { recursive: true, force: true });
  }
}

/**
 * The whole platform for the browser tests: DynamoDB Local in memory with the demo content, the
 * local SES and the local OpenID provider (accounts in a temporary folder), the API, the stream
 * poller with the event handlers (as `npm start` runs them), and the production build of the web
 * app served by `vite preview` (which proxies /api).
 */
export async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  stops.push(dynamo.stop);

  // The provider must know the web app's origin before the web app runs: its redirect URIs.
  const webPort = await freePort();
  const ses = await startLocalSes({ port: await freePort() });
  stops.push(ses.stop);
  const mediaBucket = 'e2e-media';
  const s3 = await startLocalS3({
    port: await freePort(),
    bucket: mediaBucket,
    origins: [`http://127.0.0.1:${webPort}`, `http://localhost:${webPort}`],
  });
  stops.push(s3.stop);
  const authData = await mkdtemp(join(tmpdir(), 'ruhr-stories-e2e-auth-'));
  stops.push(() => rm(authData, { recursive: true, force: true }));
  const adminKey = randomBytes(24).toString('base64url');
  const auth = await startLocalAuth({
    port: await freePort(),
    dataDir: authData,
    webOrigins: [`http://127.0.0.1:${webPort}`, `http://localhost:${webPort}`],
    clientId: 'ruhr-stories-web',
    sesEndpoint: ses.endpoint,
    adminKey,
  });
  stops.push(auth.stop);

  const config = loadConfig({
    AUTH_MODE: 'local',
    TABLE_NAME: 'e2e',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    LOG_LEVEL: 'warn',
    AUTH_ISSUER: auth.issuer,
    LOCAL_AUTH_ADMIN_URL: auth.issuer,
    LOCAL_AUTH_ADMIN_KEY: adminKey,
    SES_ENDPOINT: ses.endpoint,
    S3_ENDPOINT: s3.endpoint,
    MEDIA_BUCKET: mediaBucket,
    // The web app's address, for the links in decision e-mails.
    SITE_URL: `http://127.0.0.1:${webPort}`,
  });
  const client = createTableClient(config);
  await ensureTable(client, config.tableName);
  client.destroy();
  const apiPort = await freePort();
  const api = await startApiServer(config, apiPort);
  stops.push(api.close);
  await seedDemoContent(api.deps);
  // As `npm start` does: the harvest records and the statistics counters of the demo content.
  await writeMissingOaiRecords(api.deps.db);
  await backfillStatsCounters(api.deps.db);
  // After the demo content, as in `npm start`: its decisions mail no one.
  const events = createEventDeps(config, 'ruhr-stories-e2e-events');
  const poller = await startStreamPoller({
    endpoint: dynamo.endpoint,
    tableName: config.tableName,
    handlers: eventHandlers(events),
    log: events.log,
  });
  stops.push(poller.stop);

  const require = createRequire(import.meta.url);
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const web = join(root, 'web');
  // This run's own build directories (inside the git-ignored .svelte-kit), so another build on
  // the same checkout cannot replace the files under this run's preview server.
  await removeStaleBuilds(join(web, '.svelte-kit'));
  const outDir = join('.svelte-kit', `e2e-${process.pid}`);
  // NODE_ENV=test (set by vitest) must not reach the build: the browser tests test production.
  const buildEnv = {
    ...process.env,
    NODE_ENV: 'production',
    SVELTEKIT_OUT_DIR: outDir,
    WEB_BUILD_DIR: join(outDir, 'build'),
  };
  stops.push(async () => rm(join(web, outDir), { recursive: true, force: true }));
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: web,
    env: buildEnv,
    stdio: 'inherit',
  });
  // The policy CloudFront would send with this build (infra/constructs/web-distribution.ts), with
  // the provider's origin where CloudFront has the managed-login domain, and the local S3's where
  // it has the media bucket's (uploads and private views go to the bucket itself).
  const csp = contentSecurityPolicy(
    buildHashes(join(web, buildEnv.WEB_BUILD_DIR)),
    [new URL(auth.issuer).origin],
    [new URL(s3.endpoint).origin],
  );
  const preview = spawn(
    process.execPath,
    [vite, 'preview', '--port', String(webPort), '--strictPort'],
    {
      cwd: web,
      env: {
        ...buildEnv,
        API_PORT: String(apiPort),
        WEB_PORT: String(webPort),
        S3_ENDPOINT: s3.endpoint,
        MEDIA_BUCKET: mediaBucket,
        CONTENT_SECURITY_POLICY: csp,
      },
      stdio: 'ignore',
    },
  );
  stops.push(
    () =>
      new Promise<void>((done) => {
        if (preview.exitCode !== null) return done();
        preview.once('exit', () => done());
        preview.kill('SIGTERM');
      }),
  );
  const baseUrl = `http://127.0.0.1:${webPort}`;
  await waitForHttp(`${baseUrl}/api/health`, preview);
  project.provide('baseUrl', baseUrl);
  project.provide('contentSecurityPolicy', csp);
  project.provide('authIssuer', auth.issuer);
  project.provide('authAdminKey', adminKey);
  project.provide('mailStoreUrl', ses.storeUrl);
  project.provide('s3Endpoint', s3.endpoint);
  project.provide('mediaBucket', mediaBucket);
}

export async function teardown() {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The local S3 and its media bucket (DESIGN §9). */
    s3Endpoint: string;
    mediaBucket: string;
    /** The Content-Security-Policy the preview server sends, as CloudFront does. */
    contentSecurityPolicy: string;
    /** The local OpenID provider the web app signs in with. */
    authIssuer: string;
    /** The key of the provider's `/local-admin` endpoints. */
    authAdminKey: string;
    /** The local SES's list of every message sent (`{ emails }`). */
    mailStoreUrl: string;
  }
}
