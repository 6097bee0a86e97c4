import { z } from 'zod';
import { plainText } from './text';

export const STORY_DECISIONS = ['approve', 'reject', 'request-changes', 'hide', 'restore'] as const;
export const QUEUE_KINDS = ['stories', 'comments', 'reports'] as const;
/** Decisions that may be taken without a reason. */
export const DECISIONS_WITHOUT_REASON = ['approve', 'restore'] as const;

export const StoryDecisionInputSchema = z
  .object({
    decision: z.enum(STORY_DECISIONS),
    reason: plainText({ min: 1, max: 2000, multiline: true }).optional(),
  })
  .refine(
    (d) =>
      d.reason !== undefined ||
      (DECISIONS_WITHOUT_REASON as readonly string[]).includes(d.decision),
    { message: 'A reason is required for this decision', path: ['reason'] },
  );

export const COMMENT_DECISIONS = ['approve', 'hide', 'restore'] as const;

export const CommentDecisionInputSchema = z
  .object({
    decision: z.enum(COMMENT_DECISIONS),
    reason: plainText({ min: 1, max: 2000, multiline: true }).optional(),
  })
  .refine(
    (d) =>
      d.reason !== undefined ||
      (DECISIONS_WITHOUT_REASON as readonly string[]).includes(d.decision),
    { message: 'A reason is required for this decision', path: ['reason'] },
  );

export const NoteInputSchema = z.object({
  body: plainText({ min: 1, max: 2000, multiline: true }),
});

export const QueueQuerySchema = z.object({
  kind: z.enum(QUEUE_KINDS).default('stories'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(2000).optional(),
});

export type StoryDecision = (typeof STORY_DECISIONS)[number];
export type StoryDecisionInput = z.infer<typeof StoryDecisionInputSchema>;
export type CommentDecision = (typeof COMMENT_DECISIONS)[number];
export type CommentDecisionInput = z.infer<typeof CommentDecisionInputSchema>;
export type QueueKind = (typeof QUEUE_KINDS)[number];
