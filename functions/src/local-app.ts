import { ALL_CONTEXTS, openApiDocument } from './all-contexts';
import { buildApp } from './app';
import { identityDirectoryOf } from './composition';
import type { Config } from './core/config';
import { createDeps } from './core/create-deps';
import { devAuthRoutes } from './dev-auth/routes';
import { DOCS_ASSETS_PATH } from './service/api-docs';
import { docsAssetRoutes } from './service/docs-assets';

/**
 * Every context in one app, as `npm start` and the tests run it. With AUTH_MODE=local it also
 * serves the development token issuer; and it serves the API reference's assets, which on AWS
 * are files of the static site. Nothing else differs from the Lambda entries.
 */
export async function createLocalApp(config: Config) {
  const deps = await createDeps(config, 'ruhr-stories-local');
  const issuer = deps.devIssuer;
  const directory = identityDirectoryOf(config);
  const routes = issuer
    ? [...ALL_CONTEXTS, () => devAuthRoutes(issuer, directory)]
    : ALL_CONTEXTS;
  const app = buildApp(deps, { routes, document: openApiDocument });
  app.route(DOCS_ASSETS_PATH, docsAssetRoutes());
  return { app, deps };
}
