import { z } from 'zod';
import { CommentSchema } from './comment';
import { pathId } from './http';
import { MEDIA_LIMITS, StoryMediaSchema } from './media';
import { StorySchema } from './story';
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
  )
  .meta({ id: 'StoryDecisionInput' });

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
  )
  .meta({ id: 'CommentDecisionInput' });

export const NoteInputSchema = z
  .object({
    body: plainText({ min: 1, max: 2000, multiline: true }),
  })
  .meta({ id: 'NoteInput' });

export const QueueQuerySchema = z.object({
  kind: z.enum(QUEUE_KINDS).default('stories'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(2000).optional(),
});

/**
 * The query of an item's notes and log (`/moderation/notes/{id}`, `/moderation/log/{id}`): `{id}`
 * is a story's id, or a comment's with `storyId` naming its story.
 */
export const ItemRecordQuerySchema = z.object({ storyId: pathId.optional() });
export const ItemLogQuerySchema = ItemRecordQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(2000).optional(),
});

/** The path of a decision on a comment: `/moderation/comments/{storyId}/{commentId}/decision`. */
export const CommentTargetParams = z.object({ storyId: pathId, commentId: pathId });

/**
 * `PUT /moderation/stories/{id}/media/{mediaId}/transcript`: a moderator's transcript of a
 * waiting story's recording, with the story's version they read (a story changed since is a 409).
 */
export const TranscriptInputSchema = z
  .object({
    transcript: plainText({ min: 1, max: MEDIA_LIMITS.transcript, multiline: true }),
    version: z.number().int().min(1),
  })
  .meta({ id: 'TranscriptInput' });
export const TranscriptParams = z.object({ id: pathId, mediaId: pathId });

/** The story's media after a transcript edit (private URLs: it is still waiting), and its version. */
export const TranscriptEditedSchema = z
  .object({ media: z.array(StoryMediaSchema), version: z.number().int() })
  .meta({ id: 'TranscriptEdited' });

/** A pre-screen flag's place: offsets into the story's title or body, or the comment's body. */
export const FlagSpanSchema = z
  .object({
    field: z.enum(['title', 'body']).optional(),
    kind: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  })
  .meta({ id: 'FlagSpan' });

/** Most reports an item keeps with their reason and note for the moderators (the latest). */
export const REPORT_NOTES_KEPT = 20;

/** One report as moderators read it: why, and what the reporter added (never who). */
export const ReportNoteSchema = z
  .object({ reason: z.string(), note: z.string().optional(), at: z.string() })
  .meta({ id: 'ReportNote' });

/** The title and body a moderator saw when asking for changes, to compare a resubmission with. */
export const ReviewedTextSchema = z
  .object({ title: z.string(), body: z.string(), at: z.string() })
  .meta({ id: 'ReviewedText' });

/** One item of the moderation queue: what it is, since when it waits, and what to look at. */
export const QueueEntrySchema = z
  .object({
    kind: z.enum(['story', 'comment', 'report']),
    id: z.string(),
    storyId: z.string(),
    commentId: z.string().optional(),
    /** When it joined the queue: submission, the comment's hold, or the first report. */
    submittedAt: z.string(),
    ageSeconds: z.number().int(),
    flags: z.array(z.string()),
    flagSpans: z.array(FlagSpanSchema),
    reportCount: z.number().int().optional(),
    reportReasons: z.array(z.string()).optional(),
    /** The latest reports (at most REPORT_NOTES_KEPT), oldest first, each with its note. */
    reports: z.array(ReportNoteSchema).optional(),
    hiddenByReports: z.boolean().optional(),
    story: StorySchema.optional(),
    comment: CommentSchema.optional(),
    /** A resubmitted story: what the moderator saw when asking for changes. */
    reviewedText: ReviewedTextSchema.optional(),
  })
  .meta({ id: 'QueueEntry' });

/** One decision in the audit log. */
export const AuditEntrySchema = z
  .object({
    id: z.string(),
    entityType: z.enum(['story', 'comment']),
    entityId: z.string(),
    storyId: z.string().optional(),
    title: z.string().optional().meta({
      description:
        'The story’s title or the comment’s beginning; kept for 90 days after the story is withdrawn or erased (or the comment erased).',
    }),
    // The log's note in place of a title no longer kept (README, "What we keep, and for how long").
    titleRemoved: z.literal(true).optional().meta({
      description:
        'Present (true) when the title was removed 90 days after the story was withdrawn or erased (or the comment erased); the decision stays.',
    }),
    decision: z.string(),
    reason: z.string().optional(),
    fromStatus: z.string(),
    toStatus: z.string(),
    submittedAt: z.string().optional(),
    actorSub: z.string(),
    actorName: z.string(),
    at: z.string(),
  })
  .meta({ id: 'AuditEntry' });

/** An internal note on an item: only moderators ever see it. */
export const ModerationNoteSchema = z
  .object({
    id: z.string(),
    entityId: z.string(),
    body: z.string(),
    authorSub: z.string(),
    authorName: z.string(),
    at: z.string(),
  })
  .meta({ id: 'ModerationNote' });
export const ModerationNoteListSchema = z
  .object({ items: z.array(ModerationNoteSchema) })
  .meta({ id: 'ModerationNoteList' });

const QueueStatsSchema = z.object({
  count: z.number().int(),
  oldestAgeSeconds: z.number().int().nullable(),
});
const DecisionTimesSchema = z.object({
  decisions: z.number().int(),
  medianSeconds: z.number().nullable(),
});
/** `GET /api/moderation/overview`: waiting items per queue and the median time to a decision. */
export const ModerationOverviewSchema = z
  .object({
    queues: z.object(
      Object.fromEntries(QUEUE_KINDS.map((k) => [k, QueueStatsSchema])) as Record<
        (typeof QUEUE_KINDS)[number],
        typeof QueueStatsSchema
      >,
    ),
    timeToDecision: z.object({ last7Days: DecisionTimesSchema, last30Days: DecisionTimesSchema }),
  })
  .meta({ id: 'ModerationOverview' });

export type StoryDecision = (typeof STORY_DECISIONS)[number];
export type StoryDecisionInput = z.infer<typeof StoryDecisionInputSchema>;
export type CommentDecision = (typeof COMMENT_DECISIONS)[number];
export type CommentDecisionInput = z.infer<typeof CommentDecisionInputSchema>;
export type TranscriptInput = z.infer<typeof TranscriptInputSchema>;
export type TranscriptEdited = z.infer<typeof TranscriptEditedSchema>;
export type QueueKind = (typeof QUEUE_KINDS)[number];
export type FlagSpan = z.infer<typeof FlagSpanSchema>;
export type QueueEntry = z.infer<typeof QueueEntrySchema>;
export type ReportNote = z.infer<typeof ReportNoteSchema>;
export type ReviewedText = z.infer<typeof ReviewedTextSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type ModerationNote = z.infer<typeof ModerationNoteSchema>;
export type ModerationOverview = z.infer<typeof ModerationOverviewSchema>;
export type ModerationNoteList = z.infer<typeof ModerationNoteListSchema>;
