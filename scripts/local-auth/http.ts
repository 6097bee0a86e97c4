import type { Context } from 'koa';

const MAX_BODY = 16 * 1024;

export class BodyTooLarge extends Error {}

async function readBody(ctx: Context): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A urlencoded form body as plain strings (a missing field is ''). */
export async function readForm(ctx: Context): Promise<(name: string) => string> {
  const params = new URLSearchParams(await readBody(ctx));
  return (name) => params.get(name) ?? '';
}

/** A JSON body, or undefined when it is not JSON. */
export async function readJson(ctx: Context): Promise<unknown> {
  try {
    return JSON.parse(await readBody(ctx));
  } catch (error) {
    if (error instanceof BodyTooLarge) throw error;
    return undefined;
  }
}

/**
 * The provider's own pages load nothing but their stylesheet; forms may post here and be sent on
 * to the web app (a redirect after a form post is checked against form-action).
 */
export function sendHtml(ctx: Context, html: string, webOrigins: string[], status = 200) {
  ctx.status = status;
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.set(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' ${webOrigins.join(' ')}; frame-ancestors 'none'; base-uri 'none'`,
  );
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.body = html;
}

export function sendJson(ctx: Context, status: number, body?: unknown) {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  if (body !== undefined) ctx.body = body;
}
