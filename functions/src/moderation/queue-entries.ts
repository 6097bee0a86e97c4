import type { QueueEntry, ReportNote, ReviewedText } from '../../../shared/schemas/moderation';
import type { User } from '../core/auth';
import type { StoredComment } from '../stories/comment-repository';
import { toComment } from '../stories/comment-record';
import { storyKeys } from '../stories/keys';
import type { StoryRecord } from '../stories/story-record';
import { toStory } from '../stories/story-record';

type Raw = Record<string, unknown> & { entity?: string; queueSk?: string };

/** The API shape of a queue entry (a stored story or comment) for a moderator. */
export function toQueueEntry(
  raw: Raw,
  kind: 'stories' | 'comments' | 'reports',
  moderator: User,
  now: Date,
): QueueEntry {
  const submittedAt = storyKeys.parseQueueSk(String(raw.queueSk ?? '')).at;
  const isComment = raw.entity === 'comment';
  const storyId = String(isComment ? raw.storyId : raw.id);
  const common = {
    id: String(raw.id),
    storyId,
    submittedAt,
    ageSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(submittedAt)) / 1000)),
    flags: (raw.flags as string[] | undefined) ?? [],
    flagSpans: ((raw.flagSpans as QueueEntry['flagSpans'] | undefined) ?? []).map(
      ({ field, kind: k, start, end }) => ({ field, kind: k, start, end }),
    ),
  };
  const content = isComment
    ? { commentId: String(raw.id), comment: toComment(raw as unknown as StoredComment, moderator) }
    : { story: toStory(raw as unknown as StoryRecord, moderator) };
  const reviewed = raw.reviewedText as ReviewedText | undefined;
  if (kind !== 'reports') {
    return {
      kind: isComment ? 'comment' : 'story',
      ...common,
      ...content,
      ...(reviewed && !isComment ? { reviewedText: reviewed } : {}),
    };
  }
  return {
    kind: 'report',
    ...common,
    ...content,
    reportCount: (raw.reportCount as number | undefined) ?? 0,
    reportReasons: [...((raw.reportReasons as Set<string> | undefined) ?? [])].sort(),
    reports: ((raw.reportNotes as ReportNote[] | undefined) ?? []).map(({ reason, note, at }) =>
      note ? { reason, note, at } : { reason, at },
    ),
    hiddenByReports: raw.hiddenBy === 'reports',
  };
}
