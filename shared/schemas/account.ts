import { z } from 'zod';
import { plainText } from './text';
import { ROLES } from '../vocabulary';

export const DevTokenRequestSchema = z
  .object({
    sub: z.string().trim().min(1).max(64),
    name: plainText({ min: 1, max: 80 }),
    groups: z.array(z.enum(ROLES)).default([]),
    /** With an address, the account is made at the local provider too (same sub and groups). */
    email: z.email().max(254).optional(),
  })
  .meta({ id: 'DevTokenRequest' });

export const MeSchema = z
  .object({
    sub: z.string(),
    name: z.string(),
    groups: z.array(z.string()),
  })
  .meta({ id: 'Me' });

/** `POST /api/dev/token`: an access token for a demo persona (local development only). */
export const DevTokenSchema = z.object({ token: z.string() }).meta({ id: 'DevToken' });

/** `GET /api/me`: the caller, with the number of decisions on their stories not yet seen. */
export const MeWithUnseenDecisionsSchema = MeSchema.extend({
  unseenDecisions: z.number().int(),
}).meta({
  id: 'MeWithUnseenDecisions',
});
/** `POST /api/me/notices/seen`: every decision is seen now. */
export const DecisionsSeenSchema = z
  .object({ unseenDecisions: z.literal(0) })
  .meta({ id: 'DecisionsSeen' });

export type Me = z.infer<typeof MeSchema>;
export type MeWithUnseenDecisions = z.infer<typeof MeWithUnseenDecisionsSchema>;
export type DevToken = z.infer<typeof DevTokenSchema>;
export type DecisionsSeen = z.infer<typeof DecisionsSeenSchema>;
