import { z } from 'zod';
import { ProblemSchema } from '../../../shared/schemas/problem';
import type { Role } from '../../../shared/vocabulary';
import { jsonBodiesOnly } from './create-app';
import { inGroup, signedIn } from './require-user';

export { IdParams, pageOf } from '../../../shared/schemas/http';

/** Response headers of the document (`components.headers`), registered in all-contexts.ts. */
export const HEADERS = {
  'x-request-id': {
    description:
      "The request's id: the caller's `x-request-id` when it is 8–64 word characters, else a new one. Also `requestId` in every problem.",
    schema: { type: 'string', pattern: '^[\\w-]{8,64}$' },
  },
  Location: {
    description:
      'Where the new resource is read: its own URL, or the one of the item it belongs to when it has none (a comment or a report: the story; a note: the item’s notes; feedback on barriers: the curators’ list of it; an upload: where it is completed).',
    schema: { type: 'string', format: 'uri-reference' },
  },
  'Retry-After': {
    description:
      'Seconds to wait before trying again: until the hourly limit resets (429), or until the malware scan of an upload is likely done (409 `/problems/scan-pending`).',
    schema: { type: 'integer', minimum: 1 },
  },
  'WWW-Authenticate': {
    description: 'Always `Bearer`: sign in and send the access token.',
    schema: { type: 'string' },
  },
  'Content-Disposition': {
    description: 'The export is a download: `attachment; filename="…"`.',
    schema: { type: 'string' },
  },
} as const;

const header = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, or a body, query or path parameter that fails validation (`errors` names each field; an id longer than 80 characters is one)',
  401: 'Missing, expired, malformed or wrongly signed token',
  403: 'Signed in, but the role or the item does not allow it',
  404: 'Unknown id, or an item the caller may not see',
  409: 'The item is not in a state this action applies to',
  413: 'Body over 64 KiB',
  415: 'A body that is not application/json',
  422: 'Well-formed, but not what it may be; `type` says why (for a file: its type, size, content or length)',
  429: 'Hourly limit reached; `Retry-After` says when to try again',
};

/** Problem responses for route declarations, so the OpenAPI document lists every error status. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, problemResponse(status)]));

/** `schema` is the zod schema in route declarations, a `$ref` in the generated document. */
function problemResponse(status: number, schema: object = ProblemSchema) {
  const headers =
    status === 429
      ? { 'Retry-After': header('Retry-After') }
      : status === 401
        ? { 'WWW-Authenticate': header('WWW-Authenticate') }
        : undefined;
  return {
    description: PROBLEM_DESCRIPTIONS[status] ?? `Problem (${status})`,
    ...(headers ? { headers } : {}),
    content: { 'application/problem+json': { schema } },
  };
}

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A 201 response: the new resource, and where it is (`Location`, which every 201 sends). */
export const createdContent = <T extends z.ZodType>(schema: T, description: string) => ({
  ...jsonContent(schema, description),
  headers: { Location: header('Location') },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

type SecurityRequirement = Record<string, string[]>;

export const bearerAuth: SecurityRequirement[] = [{ bearerAuth: [] }];
/** Anyone may call; a token is optional, and one that does not verify is a 401 all the same. */
export const optionalAuth: SecurityRequirement[] = [{}, { bearerAuth: [] }];

/**
 * Who may call an operation, spread into `createRoute`: the document's `security` and the
 * middleware that enforces it come from one place. The access check runs before the route's
 * validators (401/403 whatever the request holds), then the body's media type (415).
 */
export const access = {
  anyone: { security: optionalAuth, middleware: [jsonBodiesOnly] },
  signedIn: { security: bearerAuth, middleware: [signedIn, jsonBodiesOnly] },
  /** OpenAPI 3.1 lets a bearer requirement name the roles it needs: `[{ bearerAuth: [role] }]`. */
  group: (role: Role) => ({
    security: [{ bearerAuth: [role] }] as SecurityRequirement[],
    middleware: [inGroup(role), jsonBodiesOnly],
  }),
};

type Operation = {
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, { headers?: Record<string, unknown> }>;
};

/**
 * Adds to every operation what the app shell (core/create-app.ts) answers on every route, so no
 * route declaration has to repeat it: `x-request-id` on every response; 401 for a token that does
 * not verify (on public routes too); 400 where a path, query or body is validated; 413 and 415
 * where there is a body.
 */
export function withShellResponses<D extends { paths?: object }>(document: D): D {
  for (const item of Object.values((document.paths ?? {}) as Record<string, object>)) {
    for (const operation of Object.values(item) as Operation[]) {
      const { responses } = operation;
      const shell = [
        401,
        ...(operation.parameters?.length || operation.requestBody ? [400] : []),
        ...(operation.requestBody ? [413, 415] : []),
      ];
      for (const status of shell) {
        responses[status] ??= problemResponse(status, { $ref: '#/components/schemas/Problem' });
      }
      for (const response of Object.values(responses)) {
        response.headers = { ...response.headers, 'x-request-id': header('x-request-id') };
      }
      operation.responses = Object.fromEntries(
        Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
  }
  return document;
}
