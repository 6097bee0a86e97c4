import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Config } from './core/config';
import { createLocalApp } from './local-app';

/** Serves the local app over HTTP (npm start, browser tests, the benchmark). */
export async function startApiServer(config: Config, port: number) {
  const { app, deps } = await createLocalApp(config);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    deps,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
