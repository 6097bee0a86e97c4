import type { Context } from 'hono';
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
