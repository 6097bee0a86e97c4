import { z } from 'zod';
import { CommentSchema } from '../../../shared/schemas/comment';
import { StorySchema } from '../../../shared/schemas/story';
import type { User } from '../core/auth';
import type { StoredComment } from '../stories/comment-repository';
import { toComment } from '../stories/comment-record';
import { storyKeys } from '../stories/keys';
import type { StoryRecord } from '../stories/story-record';
import { toStory } from '../stories/story-record';

const FlagSpanSchema = z.object({
  field: z.enum(['title', 'body']).optional(),
  kind: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

/** One item of the moderation queue: what it is, since when it waits, and what to look at. */
export const QueueItemSchema = z.object({
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
  hiddenByReports: z.boolean().optional(),
  story: StorySchema.optional(),
  comment: CommentSchema.optional(),
});
export type QueueItem = z.infer<typeof QueueItemSchema>;

type Raw = Record<string, unknown> & { entity?: string; queueSk?: string };

/** The API shape of a queue entry (a stored story or comment) for a moderator. */
export function toQueueEntry(
  raw: Raw,
  kind: 'stories' | 'comments' | 'reports',
  moderator: User,
  now: Date,
): QueueItem {
  const submittedAt = storyKeys.parseQueueSk(String(raw.queueSk ?? '')).at;
  const isComment = raw.entity === 'comment';
  const storyId = String(isComment ? raw.storyId : raw.id);
  const common = {
    id: String(raw.id),
    storyId,
    submittedAt,
    ageSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(submittedAt)) / 1000)),
    flags: (raw.flags as string[] | undefined) ?? [],
    flagSpans: ((raw.flagSpans as QueueItem['flagSpans'] | undefined) ?? []).map(
      ({ field, kind: k, start, end }) => ({ field, kind: k, start, end }),
    ),
  };
  const content = isComment
    ? { commentId: String(raw.id), comment: toComment(raw as unknown as StoredComment, moderator) }
    : { story: toStory(raw as unknown as StoryRecord, moderator) };
  if (kind !== 'reports') return { kind: isComment ? 'comment' : 'story', ...common, ...content };
  return {
    kind: 'report',
    ...common,
    ...content,
    reportCount: (raw.reportCount as number | undefined) ?? 0,
    reportReasons: [...((raw.reportReasons as Set<string> | undefined) ?? [])].sort(),
    hiddenByReports: raw.hiddenBy === 'reports',
  };
}
