import { createAuthenticator, localKeys, remoteKeys, type TrustedIssuer } from './auth';
import type { Config } from './config';
import { createCursorCodec } from './cursor';
import type { Deps } from './deps';
import { createDocumentClient } from './dynamo';
import { createLogger } from './logger';
import { createS3Client } from './s3';
import { createDevIssuer } from '../dev-auth/dev-issuer';

/**
 * Builds the dependencies from configuration. The configured issuer's JWKS is fetched on the first
 * token it signed, not now, so the API starts (and tests run) without the provider. With
 * AUTH_MODE=local the API also trusts its own development issuer, by the same rules.
 */
export async function createDeps(config: Config, service: string): Promise<Deps> {
  const devIssuer =
    config.authMode === 'local' ? await createDevIssuer(config.authClientId) : undefined;
  const issuers: TrustedIssuer[] = [
    { issuer: config.authIssuer, keys: remoteKeys(config.authJwksUrl) },
  ];
  if (devIssuer) issuers.push({ issuer: devIssuer.issuer, keys: localKeys(devIssuer.jwks) });
  return {
    config,
    db: { doc: createDocumentClient(config), tableName: config.tableName },
    media: { s3: createS3Client(config), bucket: config.mediaBucket },
    auth: createAuthenticator({ issuers, clientId: config.authClientId }),
    cursors: createCursorCodec(config.cursorSecret),
    log: createLogger(service, config.logLevel),
    now: () => new Date(),
    devIssuer,
  };
}
