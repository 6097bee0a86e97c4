import { ALL_CONTEXTS, openApiDocument } from './all-contexts';
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
  const issuer = deps.devIssuer;
  const routes = issuer ? [...ALL_CONTEXTS, () => devAuthRoutes(issuer)] : ALL_CONTEXTS;
  const app = buildApp(deps, { routes, document: openApiDocument });
  return { app, deps };
}
