import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';

export type TokenClaims = {
  sub?: string;
  name?: string;
  groups?: string[];
  issuer?: string;
  audience?: string;
  /** Seconds since the epoch; defaults to an hour from now. */
  expiresAt?: number;
  kid?: string;
};

/**
 * An RS256 token issuer of the test's own, standing in for a Cognito user pool: its key pair, its
 * JWKS, and tokens with any claims (expired, another issuer, another audience) signed by its key.
 */
export async function createTestIssuer(options: {
  issuer: string;
  audience: string;
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
    sign: (claims: TokenClaims = {}) =>
      new SignJWT({ name: claims.name ?? 'Test Person', 'cognito:groups': claims.groups ?? [] })
        .setProtectedHeader({ alg: 'RS256', kid: claims.kid ?? kid })
        .setSubject(claims.sub ?? 'u-test')
        .setIssuer(claims.issuer ?? options.issuer)
        .setAudience(claims.audience ?? options.audience)
        .setIssuedAt(now - 60)
        .setExpirationTime(claims.expiresAt ?? now + 3600)
        .sign(privateKey),
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
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    /** How often the JWKS was fetched. */
    fetches: () => fetches,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
