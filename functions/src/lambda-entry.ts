import { handle } from 'hono/aws-lambda';
import { buildApp, type RoutesFactory } from './app';
import { loadConfig } from './core/config';
import { createDeps } from './core/create-deps';
import type { Deps } from './core/deps';
import { resolveSecrets } from './core/secrets';

/**
 * The Lambda handler of one context. Config and clients are made once per cold start; the local
 * development issuer is refused here whatever the environment says.
 */
export async function lambdaHandler(
  service: string,
  routes: RoutesFactory,
  document?: (deps: Deps) => unknown,
) {
  const config = loadConfig(await resolveSecrets(process.env));
  if (config.authMode !== 'jwks')
    throw new Error('Lambda entries only verify real tokens (AUTH_MODE=jwks)');
  const deps = await createDeps(config, service);
  return handle(buildApp(deps, { routes: [routes], document }));
}
