import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import { ROLES, type Role } from '../../../shared/vocabulary';

/**
 * The caller, as a verified token describes them. Any valid token is a resident. No name: the one
 * shown to others is the display name of the person's profile (accounts), never a token's claim.
 */
export type User = { sub: string; groups: Role[] };

export type Authenticator = {
  /** The user of a valid access token, or `null` for any other token (expired, ID token, …). */
  verify(token: string): Promise<User | null>;
};

/** An issuer the API trusts, with the keys its tokens are signed with. */
export type TrustedIssuer = { issuer: string; keys: JWTVerifyGetKey };

/**
 * Access-token verification (DESIGN §2 Auth): RS256 against the issuer's JWKS, `iss` one of the
 * trusted issuers, `exp`, `token_use: "access"` and `client_id` the web app's client. ID tokens
 * are refused: they are meant for the client, and anyone who got one for another app of the same
 * pool could present it here. Every trusted issuer follows the same rules.
 */
export function createAuthenticator(options: {
  issuers: TrustedIssuer[];
  clientId: string;
}): Authenticator {
  const byIssuer = new Map(options.issuers.map((i) => [i.issuer, i.keys]));
  return {
    async verify(token) {
      try {
        // Only picks the issuer's keys; nothing of the payload is trusted before jwtVerify.
        const claimedIssuer = decodeJwt(token).iss;
        const keys = claimedIssuer === undefined ? undefined : byIssuer.get(claimedIssuer);
        if (!keys) return null;
        const { payload } = await jwtVerify(token, keys, {
          issuer: claimedIssuer,
          algorithms: ['RS256'],
          requiredClaims: ['sub', 'exp', 'token_use', 'client_id'],
        });
        if (payload.token_use !== 'access' || payload.client_id !== options.clientId) return null;
        const claimed = payload['cognito:groups'];
        const groups = Array.isArray(claimed) ? ROLES.filter((role) => claimed.includes(role)) : [];
        return { sub: payload.sub!, groups };
      } catch {
        return null;
      }
    },
  };
}

export const remoteKeys = (jwksUrl: string) => createRemoteJWKSet(new URL(jwksUrl));
export const localKeys = createLocalJWKSet;

export const hasGroup = (user: User | null, group: Role) => !!user && user.groups.includes(group);
