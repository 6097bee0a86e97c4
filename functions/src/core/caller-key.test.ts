import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { rateLimitCaller } from './caller-key';
import type { AppEnv } from './hono-env';

/** The key the route would count against, for a caller `user` and the runtime's bindings `env`. */
async function keyOf(user: AppEnv['Variables']['user'], env: unknown, secret = SECRET) {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    c.set('user', user);
    return c.text(rateLimitCaller(c, secret));
  });
  return (await app.request('/', {}, env)).text();
}

const SECRET = 'a-deployment-secret-of-some-length';
const lambda = (sourceIp: string) => ({ requestContext: { http: { sourceIp } } });

describe('whom an hourly limit counts', () => {
  it('counts a signed-in person by their account', async () => {
    const user = { sub: 'u-1', groups: [] };
    expect(await keyOf(user, lambda('203.0.113.7'))).toBe('u-1');
  });

  it('counts an anonymous caller by a hash of the address, never the address itself', async () => {
    const first = await keyOf(null, lambda('203.0.113.7'));
    expect(first).toMatch(/^ADDRESS#[0-9a-f]{32}$/);
    expect(first).not.toContain('203.0.113.7');
    expect(await keyOf(null, lambda('203.0.113.7'))).toBe(first);
    expect(await keyOf(null, lambda('203.0.113.8'))).not.toBe(first);
    const local = { incoming: { socket: { remoteAddress: '203.0.113.7' } } };
    expect(await keyOf(null, local)).toBe(first);
  });

  it('needs the deployment’s secret to tie a counter to an address', async () => {
    const ours = await keyOf(null, lambda('203.0.113.7'));
    expect(await keyOf(null, lambda('203.0.113.7'), 'another-deployments-secret')).not.toBe(ours);
  });
});
