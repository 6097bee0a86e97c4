import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './hono-env';

/** What the runtimes put in `c.env`: API Gateway's request context, or Node's request. */
type RuntimeBindings = {
  requestContext?: { http?: { sourceIp?: string }; identity?: { sourceIp?: string } };
  incoming?: { socket?: { remoteAddress?: string } };
};

/**
 * Who to count an action against for its hourly limit: the person when signed in, else the
 * network address the request came from (API Gateway's source address in Lambda, the socket's
 * locally). The address is hashed with `key`, a secret of the deployment (the cursor secret), so the counter
 * item (which expires by TTL within two hours) holds no address, and trying every IPv4 address
 * against it needs that key. Callers without any address (in-process tests) share one counter.
 */
export function rateLimitCaller(c: Context<AppEnv>, key: string): string {
  const user = c.get('user');
  if (user) return user.sub;
  const env = (c.env ?? {}) as RuntimeBindings;
  const address =
    env.requestContext?.http?.sourceIp ??
    env.requestContext?.identity?.sourceIp ??
    env.incoming?.socket?.remoteAddress ??
    'unknown';
  const digest = createHmac('sha256', key).update(`ruhr-stories caller\n${address}`).digest('hex');
  return `ADDRESS#${digest.slice(0, 32)}`;
}

/**
 * The key of an erased person's tombstone (DESIGN §7): the sub hashed with `key`, the deployment's
 * secret (the cursor secret), so the tombstone names nobody, and telling whether a known sub was
 * erased needs that key. Only the API, which holds a token with the sub, can find it again.
 */
export function erasedSubKey(key: string, sub: string): string {
  return createHmac('sha256', key).update(`ruhr-stories erased\n${sub}`).digest('hex').slice(0, 40);
}
