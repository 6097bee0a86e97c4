import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { createMiddleware } from 'hono/factory';
import { randomUUID } from 'node:crypto';
import type { Deps } from './deps';
import type { AppEnv } from './hono-env';
import { requireOrigin } from './origin-guard';
import { notFound, problem, ProblemError, validationProblem } from './problem-json';

export const MAX_BODY_BYTES = 64 * 1024;
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A new Hono app whose validation failures all become the same problem+json 400. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(c, result.error);
    },
  });
}

const requestContext = (deps: Deps) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    const log = deps.log.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    c.set('user', null);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  });

/** Reads the bearer token if there is one. A token that does not verify is a 401, never ignored. */
const authenticate = (deps: Deps) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) return next();
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header);
    const user = match ? await deps.auth.verify(match[1]!) : null;
    if (!user) {
      return problem(c, 401, 'unauthorized', 'The sign-in token is missing, expired or invalid.', {
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    c.set('user', user);
    c.set('log', c.get('log').child({ sub: user.sub }));
    return next();
  });

/**
 * Bodies must be JSON (415 otherwise); a request without a body passes. Route middleware, after
 * the route's access check (core/openapi.ts `access`): a caller who may not call the route gets
 * 401/403 whatever the body is.
 */
export const jsonBodiesOnly = createMiddleware<AppEnv>(async (c, next) => {
  if (!METHODS_WITH_BODY.has(c.req.method)) return next();
  const length = c.req.header('content-length');
  const hasBody = (length !== undefined && length !== '0') || c.req.header('transfer-encoding');
  if (!hasBody) return next();
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(type)) {
    return problem(c, 415, 'unsupported-media-type', 'Send the body as application/json.');
  }
  return next();
});

/**
 * The app shell every entry point shares: request ids, structured access logs, body limits,
 * authentication, and problem+json for every error, unknown routes included.
 *
 * Order: the size limit comes first, before even the token is verified: it protects the server
 * and costs nothing to check, so a body over 64 KiB is a 413 for everyone. Authentication next (a
 * bad token is a 401 everywhere). Who may call a route, and then the body's media type (415),
 * are checked by the route's own middleware, before its validators.
 */
export function createApp(deps: Deps) {
  const app = createRouter();
  app.use('*', requestContext(deps));
  app.use('*', requireOrigin(deps.config.originSecret));
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => problem(c, 413, 'content-too-large', 'The body is larger than 64 KiB.'),
    }),
  );
  app.use('*', authenticate(deps));
  app.notFound((c) => notFound(c, 'route'));
  app.onError((error, c) => {
    if (error instanceof ProblemError) {
      return problem(c, error.status, error.slug, error.detail, error.extra);
    }
    // The body gate @hono/zod-openapi puts before a declared JSON body answers like ours.
    if (error instanceof HTTPException && error.status === 415) {
      return problem(c, 415, 'unsupported-media-type', 'Send the body as application/json.');
    }
    if (error instanceof HTTPException && error.status < 500) {
      const slug = error.status === 400 ? 'malformed-request' : 'http-error';
      return problem(c, error.status, slug, error.message || 'The request is not valid.');
    }
    // Backstop: a start key DynamoDB refuses came from a cursor; the cursor is what was wrong.
    if (
      error instanceof Error &&
      error.name === 'ValidationException' &&
      /ExclusiveStartKey|start key/i.test(error.message)
    ) {
      return problem(c, 400, 'invalid-cursor', 'The cursor is not valid for this list.');
    }
    if (error instanceof Error && error.name === 'IdempotentParameterMismatchException') {
      return problem(
        c,
        409,
        'idempotency-key-reused',
        'This Idempotency-Key was used for another request.',
      );
    }
    const log = c.get('log') ?? deps.log;
    log.error('unhandled error', { error: error instanceof Error ? error.stack : String(error) });
    return problem(c, 500, 'internal-error', 'Something went wrong on our side. Please try again.');
  });
  return app;
}
