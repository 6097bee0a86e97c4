import { z } from 'zod';

/** `GET /api/s/{code}`: a short link's path parameter, as typed (normalized by the route). */
export const ShortCodeParams = z.object({ code: z.string().min(1).max(20) });

/** The stories a short link leads to: one, or more in the rare case that two share a code. */
export const ShortLinkSchema = z
  .object({
    code: z.string(),
    storyIds: z.array(z.string()).min(1),
  })
  .meta({ id: 'ShortLink' });

export type ShortLink = z.infer<typeof ShortLinkSchema>;
