import { z } from 'zod';
import { ProblemSchema } from '../../../shared/schemas/problem';
import type { Role } from '../../../shared/vocabulary';
import { jsonBodiesOnly } from './create-app';
import { inGroup, signedIn } from './require-user';

export { IdParams, pageOf } from '../../../shared/schemas/http';

/** Problem responses for route declarations, so the OpenAPI document lists every error status. */
export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: `Problem (${status})`,
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  );

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const bearerAuth = [{ bearerAuth: [] }];

/**
 * Who may call an operation, spread into `createRoute`: the document's `security` and the
 * middleware that enforces it come from one place. The access check runs before the route's
 * validators (401/403 whatever the request holds), then the body's media type (415).
 */
export const access = {
  anyone: { middleware: [jsonBodiesOnly] },
  signedIn: { security: bearerAuth, middleware: [signedIn, jsonBodiesOnly] },
  /** OpenAPI 3.1 lets a bearer requirement name the roles it needs: `[{ bearerAuth: [role] }]`. */
  group: (role: Role) => ({
    security: [{ bearerAuth: [role] }],
    middleware: [inGroup(role), jsonBodiesOnly],
  }),
};
