import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import type { Role } from '../../../shared/vocabulary';

export type DevIssuer = {
  jwks: { keys: JWK[] };
  sign(claims: { sub: string; name: string; groups: Role[] }): Promise<string>;
};

/**
 * The local development token issuer (AUTH_MODE=local only). Its tokens look like Cognito ID tokens
 * (RS256, `cognito:groups`), so the API verifies them through exactly the same code path as on AWS.
 * The key pair is made per process: a restart signs everyone out, which is fine for development.
 */
export async function createDevIssuer(issuer: string, audience: string): Promise<DevIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'dev-key-1';
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    sign: ({ sub, name, groups }) =>
      new SignJWT({ name, 'cognito:groups': groups, token_use: 'id' })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('12h')
        .sign(privateKey),
  };
}
