import { z } from 'zod';
import { ProblemSchema } from '../../../shared/schemas/problem';

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

export const IdParams = z.object({ id: z.string().min(1).max(80) });
export const bearerAuth = [{ bearerAuth: [] }];

/** A list page in the API shape. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
