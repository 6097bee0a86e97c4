import { z } from 'zod';
import { IdParams, pathId } from './http';
import { plainText } from './text';

export const COMMENT_STATUSES = ['published', 'held', 'hidden'] as const;

export const CommentInputSchema = z
  .object({
    body: plainText({ min: 1, max: 2000, multiline: true }),
    parentId: z.string().min(1).max(80).optional(),
  })
  .meta({ id: 'CommentInput' });

export const CommentSchema = z
  .object({
    id: z.string(),
    storyId: z.string(),
    parentId: z.string().optional(),
    body: z.string(),
    /** The commenter's display name; null for the author's own comment on an anonymous story. */
    authorName: z.string().nullable(),
    status: z.enum(COMMENT_STATUSES),
    replyCount: z.number().int(),
    createdAt: z.string(),
    isOwn: z.boolean(),
    /**
     * True for a comment whose author deleted their account while others had replied to it: it
     * keeps its place for the replies, with no author, name or text (`body` is empty).
     */
    erased: z.boolean().optional(),
  })
  .meta({ id: 'Comment' });

export const CommentPageSchema = z
  .object({
    items: z.array(CommentSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'CommentPage' });

/** The path of one comment under its story: `/stories/{id}/comments/{commentId}`. */
export const CommentParams = IdParams.extend({ commentId: pathId });

export type CommentInput = z.infer<typeof CommentInputSchema>;
export type Comment = z.infer<typeof CommentSchema>;

export const REPORT_REASONS = ['spam', 'offensive', 'personal-data', 'off-topic', 'other'] as const;
/** Reports from this many different people hide an item until a moderator decides. */
export const REPORTS_TO_HIDE = 3;

export const ReportInputSchema = z
  .object({
    reason: z.enum(REPORT_REASONS),
    note: plainText({ max: 500, multiline: true }).optional(),
  })
  .meta({ id: 'ReportInput' });
export const ReportResultSchema = z
  .object({
    reported: z.literal(true),
    /** False when this person had already reported the item: nothing changed. */
    created: z.boolean(),
  })
  .meta({ id: 'ReportResult' });

/** `PUT` and `DELETE /api/stories/{id}/vote`: the caller's support and the story's count now. */
export const VoteSchema = z
  .object({ voted: z.boolean(), voteCount: z.number().int() })
  .meta({ id: 'Vote' });

export type ReportInput = z.infer<typeof ReportInputSchema>;
export type ReportReason = (typeof REPORT_REASONS)[number];
export type ReportResult = z.infer<typeof ReportResultSchema>;
export type Vote = z.infer<typeof VoteSchema>;
