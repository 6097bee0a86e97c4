import { z } from 'zod';

/** An id in a path, such as a story's or an exhibition's. */
export const pathId = z.string().min(1).max(80);

/** The path parameters of every route addressed by one id (`/stories/{id}`). */
export const IdParams = z.object({ id: pathId });

/** A list page in the API shape (DESIGN §2: `{ items, nextCursor }`). */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** A page of a list endpoint, typed by its item. */
export type Page<T> = { items: T[]; nextCursor: string | null };
