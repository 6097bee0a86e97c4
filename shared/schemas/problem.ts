import { z } from 'zod';

/** RFC 9457 problem details, the shape of every error (DESIGN §2). */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    pointer: z.string().optional().meta({
      description: 'A JSON Pointer (RFC 6901) to the part of the body the problem is about.',
    }),
    requestId: z.string().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;
