import { handle } from 'hono/aws-lambda';
import { buildApp, type ContextName } from '../app';
import { loadConfig } from './config';
import { createDeps } from './create-deps';

/**
 * The Lambda handler of one context. Config and clients are made once per cold start; the local
 * development issuer is refused here whatever the environment says.
 */
export async function lambdaHandler(context: ContextName, options: { withDocs?: boolean } = {}) {
  const config = loadConfig();
  if (config.authMode !== 'jwks') throw new Error('Lambda entries only verify real tokens (AUTH_MODE=jwks)');
  const deps = await createDeps(config, context);
  return handle(buildApp(deps, { contexts: [context], withDocs: options.withDocs }));
}
