import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './hono-env';
import { problem } from './problem-json';

/** The header CloudFront adds to every request it forwards to the API (infra/ sets it). */
export const ORIGIN_HEADER = 'x-origin-verify';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Without a custom API domain the execute-api endpoint stays reachable, so on AWS the functions
 * answer only requests that carry CloudFront's secret origin header (403 otherwise). Without a
 * secret (local development, tests) every request passes.
 */
export const requireOrigin = (secret: string | undefined) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (secret === undefined) return next();
    const given = c.req.header(ORIGIN_HEADER);
    // Digests have one length, so the comparison takes the same time whatever was sent.
    if (given !== undefined && timingSafeEqual(digest(given), digest(secret))) return next();
    return problem(
      c,
      403,
      'forbidden-origin',
      'This API answers only through the Ruhr Stories site.',
    );
  });
