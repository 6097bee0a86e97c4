import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal } from './local-stack/dynamodb-local';
import { demoPersona } from '../shared/demo-personas';
import { freePort } from './local-stack/free-port';
import { startLocalSes } from './local-stack/local-ses';

type Ports = { api: number; dynamo: number; auth: number; mail: number };
const freePorts = async (): Promise<Ports> => ({
  api: await freePort(),
  dynamo: await freePort(),
  auth: await freePort(),
  mail: await freePort(),
});

const dataDir = mkdtempSync(join(tmpdir(), 'ruhr-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `npm run start:api` as a person would, until it says it is running. */
async function startApi(ports: Ports, env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--api-only'], {
    env: {
      ...env,
      API_PORT: String(ports.api),
      DYNAMODB_PORT: String(ports.dynamo),
      AUTH_PORT: String(ports.auth),
      MAIL_PORT: String(ports.mail),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${output}`)), 90_000);
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
    const ports = await freePorts();
    const first = await startApi(ports);
    expect(first.output()).toMatch(/Demo content:\s+\d+ stories added/);
    expect(first.output()).toContain(demoPersona('mia').name);
    expect(first.output()).toContain('olaf@example.org');
    expect(first.output()).toContain('Glueckauf-Demo-2026');
    expect(first.output()).toContain(`Sign-in:       http://127.0.0.1:${ports.auth}`);
    expect(first.output()).toContain(`Mail viewer:   http://127.0.0.1:${ports.mail}/`);
    expect(first.output()).toContain('Events:        stream poller running notifier');
    const feed = await (await fetch(`http://127.0.0.1:${ports.api}/api/stories?limit=50`)).json();
    expect(feed.items.length).toBeGreaterThanOrEqual(12);
    // The local OpenID provider and the local SES run beside the API.
    const discovery = await (
      await fetch(`http://127.0.0.1:${ports.auth}/.well-known/openid-configuration`)
    ).json();
    expect(discovery.token_endpoint).toBe(`http://127.0.0.1:${ports.auth}/oauth2/token`);
    const mail = await fetch(`http://127.0.0.1:${ports.mail}/store`);
    expect((await mail.json()).emails).toEqual([]);

    const exit = stopped(first.child);
    first.child.kill('SIGINT');
    expect(await exit).toBe(0);
    for (const port of Object.values(ports)) expect(await portIsFree(port)).toBe(true);

    const second = await startApi(ports);
    expect(second.output()).toContain('Demo content:  kept as it was');
    const again = await (await fetch(`http://127.0.0.1:${ports.api}/api/stories?limit=50`)).json();
    expect(again.items.map((s: { id: string }) => s.id)).toEqual(
      feed.items.map((s: { id: string }) => s.id),
    );
    const done = stopped(second.child);
    second.child.kill('SIGINT');
    expect(await done).toBe(0);
  }, 240_000);

  it('uses the DynamoDB, SES and issuer it is given, without any AWS credentials', async () => {
    const dynamo = await startDynamoDbLocal({ port: await freePort() });
    const ses = await startLocalSes({ port: await freePort() });
    const issuer = `http://127.0.0.1:${await freePort()}`;
    const home = mkdtempSync(join(tmpdir(), 'ruhr-start-home-'));
    try {
      // No credentials anywhere the SDK looks: not in the environment, not in ~/.aws.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !name.startsWith('AWS_')),
      );
      const ports = await freePorts();
      const api = await startApi(ports, {
        ...env,
        HOME: home,
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        SES_ENDPOINT: ses.endpoint,
        AUTH_ISSUER: issuer,
      });
      expect(api.output()).toContain(`DynamoDB:      ${dynamo.endpoint}`);
      expect(api.output()).toContain(`Sign-in:       ${issuer}  (given by AUTH_ISSUER)`);
      expect(api.output()).toContain(`Mail viewer:   ${ses.endpoint} (given by SES_ENDPOINT)`);
      expect(api.output()).toMatch(/Demo content:\s+\d+ stories added/);
      const feed = await (await fetch(`http://127.0.0.1:${ports.api}/api/stories?limit=50`)).json();
      expect(feed.items.length).toBeGreaterThanOrEqual(12);
      const exit = stopped(api.child);
      api.child.kill('SIGINT');
      expect(await exit).toBe(0);
      // start:api started no DynamoDB Local, SES or OpenID provider of its own.
      for (const port of [ports.dynamo, ports.mail, ports.auth])
        expect(await portIsFree(port)).toBe(true);
    } finally {
      await dynamo.stop();
      await ses.stop();
      rmSync(home, { recursive: true, force: true });
    }
  }, 240_000);
});
