import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { cleanName } from '../../../shared/schemas/text';
import { ROLES, type Role } from '../../../shared/vocabulary';

/** The caller, as a verified token describes them. Any valid token is a resident. */
export type User = { sub: string; name: string; groups: Role[] };

export type Authenticator = {
  /** The user of a valid token, or `null` for a missing, expired, malformed or wrongly signed one. */
  verify(token: string): Promise<User | null>;
};

/** RS256 verification against a JWKS, with issuer, audience and expiry checks (DESIGN §2 Auth). */
export function createAuthenticator(options: {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
}): Authenticator {
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, options.keys, {
          issuer: options.issuer,
          audience: options.audience,
          algorithms: ['RS256'],
          requiredClaims: ['sub', 'exp'],
        });
        // Cognito access tokens carry no audience anyway; refuse them explicitly all the same.
        if (payload.token_use !== undefined && payload.token_use !== 'id') return null;
        const claimed = payload['cognito:groups'];
        const groups = Array.isArray(claimed)
          ? claimed.filter((g): g is Role => (ROLES as readonly string[]).includes(g))
          : [];
        // The name is shown to others: cleaned and capped, whatever the issuer put in the token.
        const claimedName =
          (typeof payload.name === 'string' && cleanName(payload.name)) ||
          (typeof payload['cognito:username'] === 'string' &&
            cleanName(payload['cognito:username'])) ||
          '';
        const name = claimedName || payload.sub!;
        return { sub: payload.sub!, name, groups };
      } catch {
        return null;
      }
    },
  };
}

export const remoteKeys = (jwksUrl: string) => createRemoteJWKSet(new URL(jwksUrl));
export const localKeys = createLocalJWKSet;

export const hasGroup = (user: User | null, group: Role) => !!user && user.groups.includes(group);
