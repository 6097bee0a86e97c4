import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const deployed = { AUTH_MODE: 'jwks', AUTH_JWKS_URL: 'https://issuer.example/jwks.json' };

describe('loadConfig', () => {
  it('runs locally on defaults', () => {
    expect(loadConfig({ AUTH_MODE: 'local' })).toMatchObject({
      tableName: 'ruhr-stories',
      authMode: 'local',
    });
  });
  it('needs a JWKS URL to verify real tokens', () => {
    expect(() => loadConfig({ AUTH_MODE: 'jwks', CURSOR_SECRET: 'x'.repeat(16) })).toThrow(
      /AUTH_JWKS_URL/,
    );
  });
  it('refuses the public default cursor secret outside local development', () => {
    expect(() => loadConfig(deployed)).toThrow(/CURSOR_SECRET/);
    expect(
      loadConfig({ ...deployed, CURSOR_SECRET: 'a-secret-of-this-deployment' }).cursorSecret,
    ).toBe('a-secret-of-this-deployment');
  });
  it('names every wrong setting', () => {
    expect(() => loadConfig({ AUTH_MODE: 'sometimes', LOG_LEVEL: 'loud' })).toThrow(
      /AUTH_MODE[\s\S]*LOG_LEVEL/,
    );
  });
});
