import { buildApp } from './app';
import type { Config } from './core/config';
import { createDeps } from './core/create-deps';
import { devAuthRoutes } from './dev-auth/routes';

/**
 * Every context in one app, as `npm start` and the tests run it. With AUTH_MODE=local it also
 * serves the development token issuer; nothing else differs from the Lambda entries.
 */
export async function createLocalApp(config: Config) {
  const deps = await createDeps(config, 'ruhr-stories-local');
  const extra = deps.devIssuer ? [devAuthRoutes(deps.devIssuer)] : [];
  const app = buildApp(deps, { contexts: ['stories', 'moderation', 'accounts'], withDocs: true, extra });
  return { app, deps };
}
