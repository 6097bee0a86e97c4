import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type LocalSes = {
  /** The SES API endpoint (SES_ENDPOINT). */
  endpoint: string;
  /** The page that shows every message sent. */
  viewerUrl: string;
  /** JSON list of every message sent: `{ emails: [...] }`. */
  storeUrl: string;
  stop: () => Promise<void>;
};

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`aws-ses-v2-local exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`aws-ses-v2-local did not answer on ${url} within ${timeoutMs} ms`);
}

/**
 * Starts aws-ses-v2-local (DESIGN §4, §7) as its own process: its bin is run with this Node by
 * absolute path, not through npx, so the pid we stop is the server itself. Messages live in its
 * memory and go with it.
 */
export async function startLocalSes(options: { port: number; quiet?: boolean }): Promise<LocalSes> {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('aws-ses-v2-local/package.json'));
  const child = spawn(
    process.execPath,
    [join(packageDir, 'dist', 'cli.js'), '--host', '127.0.0.1', '--port', String(options.port)],
    // SMTP_TRANSPORT would make it forward every message to a real mail server.
    {
      env: { ...process.env, SMTP_TRANSPORT: '' },
      stdio: options.quiet === false ? 'inherit' : 'ignore',
    },
  );
  const endpoint = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(`${endpoint}/health-check`, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    endpoint,
    viewerUrl: `${endpoint}/`,
    storeUrl: `${endpoint}/store`,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
