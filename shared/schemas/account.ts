import { z } from 'zod';
import { plainText } from './text';
import { ROLES } from '../vocabulary';

export const DevTokenRequestSchema = z.object({
  sub: z.string().trim().min(1).max(64),
  name: plainText({ min: 1, max: 80 }),
  groups: z.array(z.enum(ROLES)).default([]),
});

export const MeSchema = z.object({
  sub: z.string(),
  name: z.string(),
  groups: z.array(z.string()),
});

export type Me = z.infer<typeof MeSchema>;
