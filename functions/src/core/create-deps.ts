import { createAuthenticator, localKeys, remoteKeys } from './auth';
import type { Config } from './config';
import { createCursorCodec } from './cursor';
import type { Deps } from './deps';
import { createDocumentClient } from './dynamo';
import { createLogger } from './logger';
import { createDevIssuer } from '../dev-auth/dev-issuer';

/** Builds the dependencies from configuration. The dev issuer exists only with AUTH_MODE=local. */
export async function createDeps(config: Config, service: string): Promise<Deps> {
  const devIssuer =
    config.authMode === 'local'
      ? await createDevIssuer(config.authIssuer, config.authAudience)
      : undefined;
  const keys = devIssuer ? localKeys(devIssuer.jwks) : remoteKeys(config.authJwksUrl!);
  return {
    config,
    db: { doc: createDocumentClient(config), tableName: config.tableName },
    auth: createAuthenticator({ keys, issuer: config.authIssuer, audience: config.authAudience }),
    cursors: createCursorCodec(config.cursorSecret),
    log: createLogger(service, config.logLevel),
    now: () => new Date(),
    devIssuer,
  };
}
