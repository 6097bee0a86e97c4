/**
 * The provider's signing key and cookie keys, made once and kept under `<dataDir>/local-auth/`, so
 * tokens and session cookies stay valid across a restart.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type SigningJwk = { kty: 'RSA'; kid: string; alg: 'RS256'; use: 'sig' } & Record<
  string,
  string
>;
export type ProviderKeys = { jwks: { keys: SigningJwk[] }; cookieKeys: string[] };

export function loadOrCreateKeys(dataDir: string): ProviderKeys {
  const dir = join(dataDir, 'local-auth');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'keys.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ProviderKeys;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as Record<string, string>;
  const keys: ProviderKeys = {
    jwks: { keys: [{ ...jwk, kty: 'RSA', kid: randomUUID(), alg: 'RS256', use: 'sig' }] },
    cookieKeys: [randomBytes(32).toString('base64url')],
  };
  // Private keys: readable by this user only.
  writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}

/** The public half of the signing keys, as `/.well-known/jwks.json` serves them. */
export function publicJwks(keys: ProviderKeys) {
  return {
    keys: keys.jwks.keys.map(({ kty, kid, alg, use, n, e }) => ({ kty, kid, alg, use, n, e })),
  };
}
