import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { TOKEN_SCOPES } from '../../../shared/schemas/client-config';
import type { Role } from '../../../shared/vocabulary';

/** The `iss` of the development issuer's tokens; the API trusts it only with AUTH_MODE=local. */
export const DEV_ISSUER = 'ruhr-stories-dev';

export type DevIssuer = {
  issuer: string;
  jwks: { keys: JWK[] };
  sign(claims: { sub: string; name: string; groups: Role[] }): Promise<string>;
};

/**
 * The local development token issuer (AUTH_MODE=local only). Its tokens are access tokens with
 * Cognito's claims (`token_use`, `client_id`, `username`, `cognito:groups`, `scope`), the same as
 * the local OpenID provider's, so the API verifies them by exactly the same rules as on AWS. The
 * key pair is made per process: a restart signs everyone out, which is fine for development.
 */
export async function createDevIssuer(clientId: string): Promise<DevIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'dev-key-1';
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return {
    issuer: DEV_ISSUER,
    jwks: { keys: [jwk] },
    sign: ({ sub, name, groups }) => {
      const now = Math.floor(Date.now() / 1000);
      return (
        new SignJWT({
          token_use: 'access',
          client_id: clientId,
          username: sub,
          scope: TOKEN_SCOPES,
          auth_time: now,
          ...(groups.length ? { 'cognito:groups': groups } : {}),
          // Until display names live in the profile, the API still reads this one (core/auth.ts).
          name,
        })
          .setProtectedHeader({ alg: 'RS256', kid })
          .setSubject(sub)
          .setIssuer(DEV_ISSUER)
          .setJti(randomUUID())
          .setIssuedAt(now)
          // Longer than Cognito's hour: tests and scripts keep one token per persona per run.
          .setExpirationTime(now + 12 * 3600)
          .sign(privateKey)
      );
    },
  };
}
