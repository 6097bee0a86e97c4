import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { createApp } from './create-app';
import type { Deps } from './deps';
import { createLogger } from './logger';
import { ORIGIN_HEADER } from './origin-guard';

const SECRET = 'the-origin-secret-cloudfront-sends';

/** The app shell with no routes; only config and log are read before routing. */
function shell(originSecret?: string) {
  const config = loadConfig({ AUTH_MODE: 'local', ORIGIN_SECRET: originSecret });
  return createApp({ config, log: createLogger('test', 'silent') } as Deps);
}

describe('the origin guard', () => {
  it('answers 403 problem+json to a request without the origin header', async () => {
    const response = await shell(SECRET).request('/api/health');
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: '/problems/forbidden-origin',
      status: 403,
    });
  });

  it('answers 403 to a wrong origin header, whatever its length', async () => {
    for (const value of ['', 'x', SECRET.slice(0, -1), `${SECRET}x`]) {
      const response = await shell(SECRET).request('/api/health', {
        headers: { [ORIGIN_HEADER]: value },
      });
      expect(response.status).toBe(403);
    }
  });

  it('lets a request with the right header through to routing', async () => {
    const response = await shell(SECRET).request('/api/no-such-route', {
      headers: { [ORIGIN_HEADER]: SECRET },
    });
    expect(response.status).toBe(404);
  });

  it('is off when no origin secret is configured (local development)', async () => {
    expect((await shell().request('/api/no-such-route')).status).toBe(404);
  });
});
