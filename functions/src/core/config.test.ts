import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const POOL = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Abc';
const deployed = { AUTH_MODE: 'jwks', AUTH_ISSUER: POOL, AUTH_CLIENT_ID: 'pool-client' };

describe('loadConfig', () => {
  it('runs locally on defaults, with the local provider and its client', () => {
    expect(loadConfig({ AUTH_MODE: 'local' })).toMatchObject({
      tableName: 'ruhr-stories',
      authMode: 'local',
      authIssuer: 'http://127.0.0.1:8788',
      authClientId: 'ruhr-stories-web',
      authJwksUrl: 'http://127.0.0.1:8788/.well-known/jwks.json',
      authLogoutEndpoint: 'http://127.0.0.1:8788/logout',
      mailFrom: 'Ruhr Stories <noreply@ruhr-stories.example>',
    });
  });
  it('derives the JWKS and sign-out URLs from the issuer unless they are given', () => {
    const config = loadConfig({ ...deployed, CURSOR_SECRET: 'x'.repeat(16) });
    expect(config.authJwksUrl).toBe(`${POOL}/.well-known/jwks.json`);
    expect(config.authLogoutEndpoint).toBe(`${POOL}/logout`);
    const given = loadConfig({
      ...deployed,
      CURSOR_SECRET: 'x'.repeat(16),
      AUTH_JWKS_URL: 'https://keys.example/jwks.json',
      AUTH_LOGOUT_ENDPOINT: 'https://login.example/logout',
    });
    expect(given).toMatchObject({
      authJwksUrl: 'https://keys.example/jwks.json',
      authLogoutEndpoint: 'https://login.example/logout',
    });
  });
  it('needs the issuer and the client to verify real tokens', () => {
    expect(() => loadConfig({ AUTH_MODE: 'jwks', CURSOR_SECRET: 'x'.repeat(16) })).toThrow(
      /AUTH_ISSUER[\s\S]*AUTH_CLIENT_ID/,
    );
  });
  it('refuses the public default cursor secret outside local development', () => {
    expect(() => loadConfig(deployed)).toThrow(/CURSOR_SECRET/);
    expect(
      loadConfig({ ...deployed, CURSOR_SECRET: 'a-secret-of-this-deployment' }).cursorSecret,
    ).toBe('a-secret-of-this-deployment');
  });
  it('reads the identity directory settings, and wants a key with the local admin URL', () => {
    expect(() => loadConfig({ AUTH_MODE: 'local', LOCAL_AUTH_ADMIN_URL: 'http://x.test' })).toThrow(
      /LOCAL_AUTH_ADMIN_KEY/,
    );
    const local = loadConfig({
      AUTH_MODE: 'local',
      LOCAL_AUTH_ADMIN_URL: 'http://127.0.0.1:8788/',
      LOCAL_AUTH_ADMIN_KEY: 'k',
    });
    expect(local.localAuthAdmin).toEqual({ url: 'http://127.0.0.1:8788', key: 'k' });
    const aws = loadConfig({ ...deployed, CURSOR_SECRET: 'x'.repeat(16), USER_POOL_ID: 'eu_1' });
    expect(aws.userPoolId).toBe('eu_1');
  });
  it('names every wrong setting', () => {
    expect(() => loadConfig({ AUTH_MODE: 'sometimes', LOG_LEVEL: 'loud' })).toThrow(
      /AUTH_MODE[\s\S]*LOG_LEVEL/,
    );
  });
});
