/**
 * The admin endpoints of ACCOUNTS-CONTRACT (`/local-admin/...`): what Cognito's admin API does for
 * the identity directory on AWS. Every request needs `x-local-admin-key`; the key is random per
 * start and only the API process gets it.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'koa';
import { AccountConflict, isEmail, isRole, type AccountStore, type Locale } from './account-store';
import { readJson, sendJson } from './http';

const problem = (ctx: Context, status: number, title: string) =>
  sendJson(ctx, status, { type: 'about:blank', title, status });

function keyMatches(given: string | undefined, expected: string) {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Handles `/local-admin/...`; answers false for every other path. */
export async function handleAdmin(
  ctx: Context,
  accounts: AccountStore,
  adminKey: string,
  /** Called after an account is deleted: its sessions and grants end with it, as at Cognito. */
  onRemoved: (sub: string) => void = () => {},
): Promise<boolean> {
  if (!ctx.path.startsWith('/local-admin/')) return false;
  if (!keyMatches(ctx.get('x-local-admin-key') || undefined, adminKey)) {
    problem(ctx, 401, 'The x-local-admin-key header is missing or wrong.');
    return true;
  }
  const [, , resource, rawSub, tail, ...rest] = ctx.path.split('/');
  const sub = rawSub ? decodeURIComponent(rawSub) : undefined;
  if (resource !== 'users' || rest.length) return (problem(ctx, 404, 'Not found'), true);

  if (!sub && ctx.method === 'GET') {
    const email = typeof ctx.query.email === 'string' ? ctx.query.email : '';
    if (!email) return (problem(ctx, 400, 'The email query parameter is required.'), true);
    const user = accounts.findByEmail(email);
    sendJson(ctx, 200, { users: user ? [user] : [] });
    return true;
  }
  if (!sub && ctx.method === 'POST') {
    const body = (await readJson(ctx)) as Record<string, unknown> | undefined;
    const { email, password, groups, locale } = body ?? {};
    const bodySub = body?.sub;
    const valid =
      body &&
      typeof email === 'string' &&
      isEmail(email) &&
      (bodySub === undefined || (typeof bodySub === 'string' && bodySub.length > 0)) &&
      (password === undefined || (typeof password === 'string' && password.length > 0)) &&
      (groups === undefined || (isStringArray(groups) && groups.every(isRole))) &&
      (locale === undefined || locale === 'de' || locale === 'en');
    if (!valid) {
      problem(
        ctx,
        400,
        'Expected { email, sub?, password?, groups?: Role[], locale?: "de"|"en" }.',
      );
      return true;
    }
    try {
      const { user, created } = await accounts.ensure({
        email: email as string,
        sub: bodySub as string | undefined,
        password: password as string | undefined,
        groups: groups as Parameters<AccountStore['setGroups']>[1] | undefined,
        locale: locale as Locale | undefined,
      });
      sendJson(ctx, created ? 201 : 200, user);
    } catch (error) {
      if (!(error instanceof AccountConflict)) throw error;
      problem(ctx, 409, error.message);
    }
    return true;
  }
  if (sub && !tail && ctx.method === 'GET') {
    const user = accounts.get(sub);
    if (user) sendJson(ctx, 200, user);
    else problem(ctx, 404, 'No account with this sub.');
    return true;
  }
  if (sub && tail === 'groups' && ctx.method === 'PUT') {
    const body = (await readJson(ctx)) as { groups?: unknown } | undefined;
    if (!body || !isStringArray(body.groups) || !body.groups.every(isRole)) {
      problem(ctx, 400, 'Expected { groups: Role[] }.');
      return true;
    }
    const user = accounts.setGroups(sub, body.groups.filter(isRole));
    if (user) sendJson(ctx, 200, user);
    else problem(ctx, 404, 'No account with this sub.');
    return true;
  }
  // Cognito's AdminUpdateUserAttributes for `locale`: PATCH /api/me sets it from the profile.
  if (sub && tail === 'locale' && ctx.method === 'PUT') {
    const body = (await readJson(ctx)) as { locale?: unknown } | undefined;
    if (body?.locale !== 'de' && body?.locale !== 'en') {
      problem(ctx, 400, 'Expected { locale: "de"|"en" }.');
      return true;
    }
    const user = accounts.setLocale(sub, body.locale);
    if (user) sendJson(ctx, 200, user);
    else problem(ctx, 404, 'No account with this sub.');
    return true;
  }
  if (sub && !tail && ctx.method === 'DELETE') {
    if (accounts.remove(sub)) {
      onRemoved(sub);
      sendJson(ctx, 204);
    } else problem(ctx, 404, 'No account with this sub.');
    return true;
  }
  problem(ctx, 405, 'Method not allowed');
  return true;
}
