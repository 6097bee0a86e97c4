import { z } from 'zod';
import { ProblemSchema } from '../../../shared/schemas/problem';

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
