/**
 * `npm run bench`: prints figures, asserts nothing (these machines are noisy: read medians and ratios).
 * 1. Each Lambda bundle: its size, and the median time to import it in a fresh Node process.
 * 2. The feed endpoint under 20 connections (requests/s, p50/p99) beside a loop of the same DynamoDB
 *    Query issued directly with the same concurrency, and the ratio of the two.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../functions/src/core/config';
import { createTableClient } from '../functions/src/core/dynamo';
import { ensureTable } from '../functions/src/core/ensure-table';
import { startApiServer } from '../functions/src/local-server';
import { createStoryRepository } from '../functions/src/stories/repository';
import { planFeedQuery } from '../functions/src/stories/feed-facets';
import { bundleLambdas } from './bench/bundle-lambdas';
import { loadLoop, loadUrl, type LoadResult } from './bench/load';
import { measureImport } from './bench/measure-import';
import { startDynamoDbLocal } from './local-stack/dynamodb-local';
import { freePort } from './local-stack/free-port';
import { startLocalS3 } from './local-stack/local-s3';
import { seedDemoContent } from './seed/seed-demo-content';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const IMPORT_RUNS = 7;
const FEED_LIMIT = 20;

const fmt = (r: LoadResult) =>
  `${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   (${r.requests} requests, ${r.errors} errors)`;

async function benchBundles() {
  const out = mkdtempSync(join(tmpdir(), 'ruhr-bench-'));
  try {
    const bundles = await bundleLambdas(root, out);
    const env = {
      TABLE_NAME: 'bench',
      AUTH_MODE: 'jwks',
      AUTH_JWKS_URL: 'https://example.invalid/.well-known/jwks.json',
      AUTH_ISSUER: 'https://example.invalid',
      AUTH_CLIENT_ID: 'bench',
      CURSOR_SECRET: 'bench-cursor-secret-of-some-length',
      AWS_REGION: 'eu-central-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    console.log(
      `Lambda bundles (esbuild, ESM, minified; import time = median of ${IMPORT_RUNS} fresh processes)`,
    );
    for (const b of bundles) {
      const ms = measureImport(b.file, IMPORT_RUNS, env);
      console.log(
        `  ${b.context.padEnd(11)} ${(b.bytes / 1024).toFixed(0).padStart(6)} KiB   import ${ms.toFixed(1).padStart(6)} ms`,
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function benchFeed() {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  // The demo content has photos and a recording: the seed writes them into a media bucket.
  const s3 = await startLocalS3({ port: await freePort(), bucket: 'bench-media', origins: [] });
  const config = loadConfig({
    AUTH_MODE: 'local',
    TABLE_NAME: 'bench',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    S3_ENDPOINT: s3.endpoint,
    MEDIA_BUCKET: 'bench-media',
    LOG_LEVEL: 'silent',
  });
  const client = createTableClient(config);
  await ensureTable(client, config.tableName);
  client.destroy();
  const api = await startApiServer(config, await freePort());
  try {
    const stories = await seedDemoContent(api.deps);
    const url = `${api.url}/api/stories?limit=${FEED_LIMIT}`;
    console.log(
      `\nFeed page (GET /api/stories?limit=${FEED_LIMIT}, ${stories} demo stories, DynamoDB Local, ${CONNECTIONS} connections, ${SECONDS} s each)`,
    );
    await loadUrl(url, CONNECTIONS, 2); // warm-up: JIT, connection pools
    const viaApi = await loadUrl(url, CONNECTIONS, SECONDS);
    const repository = createStoryRepository(api.deps.db);
    const plan = planFeedQuery({});
    const direct = await loadLoop(
      () => repository.listFeed({ ...plan, sort: 'new', limit: FEED_LIMIT }),
      CONNECTIONS,
      SECONDS,
    );
    console.log(`  through the API   ${fmt(viaApi)}`);
    console.log(`  Query directly    ${fmt(direct)}`);
    console.log(
      `  ratio API/direct  ${(viaApi.rps / direct.rps).toFixed(2)} of the throughput, p50 ${(viaApi.p50 / direct.p50).toFixed(2)}x`,
    );
  } finally {
    await api.close();
    await s3.stop();
    await dynamo.stop();
  }
}

await benchBundles();
await benchFeed();
