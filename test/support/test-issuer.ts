import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

export type TokenClaims = {
  sub?: string;
  /** Only the dev issuer's tokens still carry one; Cognito's access tokens never do. */
  name?: string;
  groups?: string[];
  issuer?: string;
  clientId?: string;
  /** `null` leaves the claim out. */
  tokenUse?: 'access' | 'id' | null;
  /** An ID token's audience; access tokens have none. */
  audience?: string;
  /** Seconds since the epoch; defaults to an hour from now. */
  expiresAt?: number;
  kid?: string;
};

/**
 * An RS256 token issuer of the test's own, standing in for a Cognito user pool: its key pair, its
 * JWKS, and tokens with any claims (expired, another issuer, an ID token) signed by its key. By
 * default it signs access tokens with Cognito's claims for the given client.
 */
export async function createTestIssuer(options: {
  issuer: string;
  clientId: string;
  kid?: string;
}) {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const kid = options.kid ?? 'test-key-1';
  const jwks: { keys: JWK[] } = {
    keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }],
  };
  const now = Math.floor(Date.now() / 1000);
  return {
    jwks,
    sign: (claims: TokenClaims = {}) => {
      const sub = claims.sub ?? 'u-test';
      const tokenUse = claims.tokenUse === undefined ? 'access' : claims.tokenUse;
      const payload: Record<string, unknown> = {
        client_id: claims.clientId ?? options.clientId,
        username: sub,
        scope: 'openid email profile',
        auth_time: now - 60,
        'cognito:groups': claims.groups ?? [],
      };
      if (tokenUse) payload.token_use = tokenUse;
      if (claims.name) payload.name = claims.name;
      const jwt = new SignJWT(payload)
        .setProtectedHeader({ alg: 'RS256', kid: claims.kid ?? kid })
        .setSubject(sub)
        .setIssuer(claims.issuer ?? options.issuer)
        .setJti(randomUUID())
        .setIssuedAt(now - 60)
        .setExpirationTime(claims.expiresAt ?? now + 3600);
      if (claims.audience) jwt.setAudience(claims.audience);
      return jwt.sign(privateKey);
    },
  };
}
export type TestIssuer = Awaited<ReturnType<typeof createTestIssuer>>;

/** Serves a JWKS over HTTP on 127.0.0.1, as a user pool's `.well-known/jwks.json` does. */
export async function serveJwks(jwks: { keys: JWK[] }) {
  let fetches = 0;
  const server = createServer((req, res) => {
    if (req.url !== '/.well-known/jwks.json') return void res.writeHead(404).end();
    fetches++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    /** Where a provider at `origin` serves it by default (`<issuer>/.well-known/jwks.json`). */
    origin,
    url: `${origin}/.well-known/jwks.json`,
    /** How often the JWKS was fetched. */
    fetches: () => fetches,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
