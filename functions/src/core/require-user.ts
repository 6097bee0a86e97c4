import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Role } from '../../../shared/vocabulary';
import { hasGroup, type User } from './auth';
import type { AppEnv } from './hono-env';
import { ProblemError } from './problem-json';

/** The signed-in caller; throws a 401 problem for an anonymous one. */
export function requireUser(c: Context<AppEnv>): User {
  const user = c.get('user');
  if (user) return user;
  throw new ProblemError(401, 'unauthorized', 'Please sign in first.', {
    headers: { 'www-authenticate': 'Bearer' },
  });
}

/** The signed-in caller in `group`; throws a 401 or 403 problem otherwise. */
export function requireGroup(c: Context<AppEnv>, group: Role): User {
  const user = requireUser(c);
  if (hasGroup(user, group)) return user;
  throw new ProblemError(403, 'forbidden', `This needs the role "${group}".`);
}

/*
 * Route middleware: declared with `createRoute({ middleware })`, it runs before the route's
 * validators, so a caller who may not call a route learns nothing about its body, query or path
 * (DESIGN §2: 401/403 whatever the request holds). Handlers still call requireUser/requireGroup
 * to get the typed user.
 */

/** Refuses an anonymous caller with 401 before anything reads the request. */
export const signedIn = createMiddleware<AppEnv>(async (c, next) => {
  requireUser(c);
  await next();
});

/** Refuses an anonymous caller (401) or one outside `group` (403) before anything reads the request. */
export const inGroup = (group: Role) =>
  createMiddleware<AppEnv>(async (c, next) => {
    requireGroup(c, group);
    await next();
  });
