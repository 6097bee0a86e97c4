import type { Context } from 'hono';
import type { ZodError } from 'zod';

export type FieldError = { path: string; message: string };

/**
 * What a problem may carry besides its type: field errors, a JSON Pointer (RFC 6901) to the part
 * of the body it is about (`/media/2`), response headers.
 */
type ProblemExtra = { errors?: FieldError[]; pointer?: string; headers?: Record<string, string> };

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/**
 * An RFC 9457 problem+json response (DESIGN §2). `slug` names the problem type, so clients can tell
 * a validation error from a malformed cursor without parsing the detail text.
 */
export function problem(
  c: Context,
  status: number,
  slug: string,
  detail: string,
  extra: ProblemExtra = {},
): Response {
  const body = {
    type: `/problems/${slug}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.pointer ? { pointer: extra.pointer } : {}),
    requestId: c.get('requestId' as never) as string | undefined,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/problem+json',
      ...(extra.headers ?? {}),
    },
  });
}

/** Field errors in the contract's shape: `{ path: "place.name", message }`. */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

export const validationProblem = (c: Context, error: ZodError) =>
  problem(c, 400, 'validation-error', 'Some fields are not valid.', { errors: fieldErrors(error) });

/**
 * Thrown by route handlers to answer with a problem; the app's error handler renders it. Throwing
 * keeps each handler's typed success response the only thing it returns.
 */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly detail: string,
    readonly extra: ProblemExtra = {},
  ) {
    super(detail);
  }
}

export const notFoundError = (what = 'resource') =>
  new ProblemError(404, 'not-found', `No such ${what}.`);

export const invalidCursorError = () =>
  new ProblemError(400, 'invalid-cursor', 'The cursor is not valid for this list.', {
    errors: [{ path: 'cursor', message: 'Not a cursor this list issued' }],
  });

export const notFound = (c: Context, what = 'resource') =>
  problem(c, 404, 'not-found', `No such ${what}.`);
