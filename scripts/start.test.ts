import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from './local-stack/dynamodb-local';
import { demoPersona } from '../shared/demo-personas';
import { freePort } from './local-stack/free-port';

const dataDir = mkdtempSync(join(tmpdir(), 'ruhr-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `npm run start:api` as a person would, until it says it is running. */
async function startApi(
  ports: { api: number; dynamo: number },
  env: NodeJS.ProcessEnv = process.env,
) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--api-only'], {
    env: {
      ...env,
      API_PORT: String(ports.api),
      DYNAMODB_PORT: String(ports.dynamo),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    child.stdout!.on('data', () => {
      if (output.includes('Press Ctrl-C to stop.')) (clearTimeout(timer), resolve());
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { child, output: () => output };
}

const stopped = (child: ChildProcess) => new Promise<number | null>((r) => child.once('exit', r));

async function portIsFree(port: number) {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return false;
  } catch {
    return true;
  }
}

describe('npm run start:api', () => {
  it('seeds an empty database, stops everything on Ctrl-C, and keeps the data for the next start', async () => {
    const ports = { api: await freePort(), dynamo: await freePort() };
    const first = await startApi(ports);
    expect(first.output()).toMatch(/Demo content:\s+\d+ stories added/);
    expect(first.output()).toContain(demoPersona('mia').name);
    const feed = await (await fetch(`http://127.0.0.1:${ports.api}/api/stories?limit=50`)).json();
    expect(feed.items.length).toBeGreaterThanOrEqual(12);

    const exit = stopped(first.child);
    first.child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(await portIsFree(ports.api)).toBe(true);
    expect(await portIsFree(ports.dynamo)).toBe(true);

    const second = await startApi(ports);
    expect(second.output()).toContain('Demo content:  kept as it was');
    const again = await (await fetch(`http://127.0.0.1:${ports.api}/api/stories?limit=50`)).json();
    expect(again.items.map((s: { id: string }) => s.id)).toEqual(
      feed.items.map((s: { id: string }) => s.id),
    );
    const done = stopped(second.child);
    second.child.kill('SIGINT');
    expect(await done).toBe(0);
  }, 120_000);

  it('uses a DynamoDB Local at DYNAMODB_ENDPOINT without any AWS credentials', async () => {
    const dynamo = await startDynamoDbLocal({ port: await freePort() });
    const home = mkdtempSync(join(tmpdir(), 'ruhr-start-home-'));
    try {
      // No credentials anywhere the SDK looks: not in the environment, not in ~/.aws.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')),
      );
      const ports = { api: await freePort(), dynamo: await freePort() };
      const api = await startApi(ports, { ...env, HOME: home, DYNAMODB_ENDPOINT: dynamo.endpoint });
      expect(api.output()).toContain(`DynamoDB:      ${dynamo.endpoint}`);
      expect(api.output()).toMatch(/Demo content:\s+\d+ stories added/);
      const feed = await (await fetch(`http://127.0.0.1:${ports.api}/api/stories?limit=50`)).json();
      expect(feed.items.length).toBeGreaterThanOrEqual(12);
      const exit = stopped(api.child);
      api.child.kill('SIGINT');
      expect(await exit).toBe(0);
      // start:api started no DynamoDB Local of its own.
      expect(await portIsFree(ports.dynamo)).toBe(true);
    } finally {
      await dynamo.stop();
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);
});
