import { z } from 'zod';
import { IdParams, pathId } from './http';
import { plainText } from './text';

export const COMMENT_STATUSES = ['published', 'held', 'hidden'] as const;

/**
 * Who wrote a comment, where that matters to readers (DESIGN §10 "The museum answers"): `museum`
 * for a curator or researcher of the Deutsches Bergbau-Museum, `author` for the story's own author.
 * Decided when the comment is written and stored with it, so a later role change does not rewrite
 * what was said in whose name.
 */
export const COMMENT_BADGES = ['museum', 'author'] as const;
export type CommentBadge = (typeof COMMENT_BADGES)[number];

/** The groups whose comments answer for the museum. */
export const MUSEUM_GROUPS = ['curators', 'researchers'] as const;

/**
 * The badge a new comment carries. The story's author is `author` even when they are staff: on
 * their own story they speak as its author (and on an anonymous one a museum badge would tell
 * readers something about who wrote it).
 */
export function commentBadge(writer: {
  groups: readonly string[];
  isStoryAuthor: boolean;
}): CommentBadge | undefined {
  if (writer.isStoryAuthor) return 'author';
  if (writer.groups.some((g) => (MUSEUM_GROUPS as readonly string[]).includes(g))) return 'museum';
  return undefined;
}

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
    /**
     * `museum`: written by a curator or researcher of the museum; `author`: by the story's
     * author. Absent for everyone else, and on comments written before badges existed.
     */
    badge: z.enum(COMMENT_BADGES).optional(),
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
