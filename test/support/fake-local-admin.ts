import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeUser = {
  sub: string;
  email: string;
  emailVerified: boolean;
  groups: string[];
  locale: 'de' | 'en';
  createdAt: string;
};

/**
 * A tiny stand-in for the local OpenID provider's `/local-admin` endpoints, exactly as the accounts
 * contract describes them (the real provider lives in scripts/local-auth/). It keeps its people in
 * memory and checks the admin key, so the local identity directory is tested over real HTTP.
 */
export async function startFakeLocalAdmin(adminKey: string) {
  const users = new Map<string, FakeUser>();
  const requests: string[] = [];
  const byEmail = (email: string) =>
    [...users.values()].filter((u) => u.email.toLowerCase() === email.toLowerCase());

  async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
    let text = '';
    for await (const chunk of req) text += chunk;
    return text ? JSON.parse(text) : {};
  }

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    if (body === undefined) return void res.writeHead(status).end();
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.headers['x-local-admin-key'] !== adminKey) return send(res, 401, { error: 'key' });
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'local-admin' || parts[1] !== 'users') return send(res, 404, {});
    const [, , sub, tail] = parts;
    const user = sub === undefined ? undefined : users.get(sub);
    if (req.method === 'GET' && sub === undefined) {
      return send(res, 200, { users: byEmail(url.searchParams.get('email') ?? '') });
    }
    if (req.method === 'POST' && sub === undefined) {
      const body = await readJson(req);
      const email = String(body.email);
      const existing = byEmail(email)[0] ?? (body.sub ? users.get(String(body.sub)) : undefined);
      if (existing) return send(res, 200, existing);
      const created: FakeUser = {
        sub: body.sub ? String(body.sub) : randomUUID(),
        email,
        emailVerified: true,
        groups: Array.isArray(body.groups) ? (body.groups as string[]) : [],
        locale: body.locale === 'en' ? 'en' : 'de',
        createdAt: new Date().toISOString(),
      };
      users.set(created.sub, created);
      return send(res, 201, created);
    }
    if (!user) return send(res, 404, { error: 'no such user' });
    if (req.method === 'GET' && tail === undefined) return send(res, 200, user);
    if (req.method === 'PUT' && tail === 'groups') {
      user.groups = (await readJson(req)).groups as string[];
      return send(res, 200, user);
    }
    if (req.method === 'DELETE' && tail === undefined) {
      users.delete(user.sub);
      return send(res, 204);
    }
    return send(res, 404, {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    users,
    /** Every request as "METHOD path?query", oldest first. */
    requests,
    add(user: Partial<FakeUser> & { sub: string; email: string }) {
      const full: FakeUser = {
        emailVerified: true,
        groups: [],
        locale: 'de',
        createdAt: new Date().toISOString(),
        ...user,
      };
      users.set(full.sub, full);
      return full;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
export type FakeLocalAdmin = Awaited<ReturnType<typeof startFakeLocalAdmin>>;
