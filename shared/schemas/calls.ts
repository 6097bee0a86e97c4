import { z } from 'zod';
import { THEMES } from '../vocabulary';
import { ExhibitionSchema, localized } from './curation';
import { StoryCardSchema } from './story';

/** How a call for stories stands at a moment: its status and its open period (DESIGN §10). */
export const CALL_STATES = ['draft', 'upcoming', 'open', 'closed'] as const;
export type CallState = (typeof CALL_STATES)[number];
export const CALL_STATUSES = ['draft', 'published'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];
/** At most this many prompts: short questions that help a person start writing. */
export const MAX_CALL_PROMPTS = 8;
/** The call page shows this many of the newest answers (one Query with the call). */
export const CALL_PAGE_ANSWERS = 60;

const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'Use a date and time such as 2026-05-01T00:00:00Z',
});
const closesAfterOpening = (c: { opensAt?: string | null; closesAt?: string | null }) =>
  !c.opensAt || !c.closesAt || Date.parse(c.opensAt) < Date.parse(c.closesAt);
const themeList = z
  .array(z.enum(THEMES))
  .max(3)
  .refine((t) => new Set(t).size === t.length, { message: 'Each theme only once' })
  .meta({ uniqueItems: true });

const callFields = {
  title: localized(120),
  question: localized(300),
  intro: localized(3000, { multiline: true }),
  prompts: z.array(localized(300)).max(MAX_CALL_PROMPTS),
  themes: themeList,
  opensAt: isoDateTime,
  closesAt: isoDateTime,
};

/** The body of POST /api/calls. */
export const CallInputSchema = z
  .object({
    ...callFields,
    prompts: callFields.prompts.default([]),
    themes: callFields.themes.default([]),
    closesAt: isoDateTime.optional(),
  })
  .strict()
  .refine(closesAfterOpening, { message: 'The call closes before it opens', path: ['closesAt'] })
  .meta({ id: 'CallInput' });

/** The body of PATCH /api/calls/{id}: any fields; `null` clears the closing time. */
export const CallPatchSchema = z
  .object({ ...callFields, closesAt: isoDateTime.nullable() })
  .partial()
  .strict()
  .meta({ id: 'CallPatch' });

export const CallSchema = z
  .object({
    id: z.string(),
    status: z.enum(CALL_STATUSES),
    /** Derived from status and period at the time of the answer. */
    state: z.enum(CALL_STATES),
    title: localized(120),
    question: localized(300),
    intro: localized(3000, { multiline: true }),
    prompts: z.array(localized(300)),
    themes: z.array(z.enum(THEMES)),
    opensAt: z.string(),
    closesAt: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    publishedAt: z.string().optional(),
    /** Curators only: answers waiting for a moderator. */
    waitingCount: z.number().int().optional(),
  })
  .meta({ id: 'Call' });

/** `GET /api/calls`: open calls first, then upcoming, then closed; drafts (curators) last. */
export const CallListSchema = z.object({ items: z.array(CallSchema) }).meta({ id: 'CallList' });

/** `GET /api/calls/{id}`: the call with its newest published answers, as public cards. */
export const CallDetailSchema = CallSchema.extend({
  answers: z.array(StoryCardSchema),
}).meta({ id: 'CallDetail' });

/** `POST /api/calls/{id}/exhibition`: the draft made from the call's answers. */
export const CallExhibitionSchema = z
  .object({
    exhibition: ExhibitionSchema,
    added: z.number().int(),
    /** Published answers left out: no exhibition consent, or the exhibition was full. */
    skipped: z.number().int(),
  })
  .meta({ id: 'CallExhibition' });

export type CallInput = z.infer<typeof CallInputSchema>;
export type CallPatch = z.infer<typeof CallPatchSchema>;
export type Call = z.infer<typeof CallSchema>;
export type CallDetail = z.infer<typeof CallDetailSchema>;
export type CallExhibition = z.infer<typeof CallExhibitionSchema>;

/** Where a call stands at `now`: not published, not open yet, open, or closed. */
export function callState(
  call: { status: CallStatus; opensAt: string; closesAt?: string },
  now: Date,
): CallState {
  if (call.status === 'draft') return 'draft';
  const t = now.getTime();
  if (Date.parse(call.opensAt) > t) return 'upcoming';
  if (call.closesAt && Date.parse(call.closesAt) <= t) return 'closed';
  return 'open';
}
