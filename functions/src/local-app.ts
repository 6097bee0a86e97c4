import { ALL_CONTEXTS, openApiDocument } from './all-contexts';
import { normaliseDisplayName } from '../../shared/schemas/account';
import { buildApp } from './app';
import { accountsContextOf, identityDirectoryOf } from './composition';
import type { Deps } from './core/deps';
import type { Config } from './core/config';
import { createDeps } from './core/create-deps';
import { devAuthRoutes } from './dev-auth/routes';
import { DOCS_ASSETS_PATH } from './service/api-docs';
import { docsAssetRoutes } from './service/docs-assets';

/** `/api/dev/token` makes a persona's profile on first use, under the name it was asked for. */
export const devProfiles =
  (deps: Pick<Deps, 'db' | 'now'>) =>
  ({ sub, name }: { sub: string; name: string }) =>
    accountsContextOf(deps).accounts.ensureProfile(
      sub,
      { displayName: normaliseDisplayName(name) },
      deps.now(),
    );

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
    ? [...ALL_CONTEXTS, () => devAuthRoutes(issuer, directory, devProfiles(deps))]
    : ALL_CONTEXTS;
  const app = buildApp(deps, { routes, document: openApiDocument });
  app.route(DOCS_ASSETS_PATH, docsAssetRoutes());
  return { app, deps };
}
