import type { Comment, CommentDecision, QueueKind, Story, StoryDecision } from '$shared';
import { api, type Page } from './api';

/**
 * The moderators' calls (DESIGN §2 Moderation). Kept apart from `api.ts` so that the moderation
 * workspace and the residents' pages grow without touching each other; both use the same `api()`.
 */

/** A pre-screen flag's place: offsets into the story's title or body, or the comment's body. */
export type FlagSpan = { field?: 'title' | 'body'; kind: string; start: number; end: number };

/** One entry of `GET /api/moderation/queue`: a pending story, a held comment or a reported item. */
export type ModerationItem = {
  kind: 'story' | 'comment' | 'report';
  id: string;
  storyId: string;
  commentId?: string;
  submittedAt: string;
  ageSeconds: number;
  flags: string[];
  flagSpans: FlagSpan[];
  reportCount?: number;
  reportReasons?: string[];
  hiddenByReports?: boolean;
  story?: Story;
  comment?: Comment;
};

/** One decision in the audit log, newest first. */
export type AuditEntry = {
  id: string;
  entityType: 'story' | 'comment';
  entityId: string;
  storyId?: string;
  title?: string;
  decision: string;
  reason?: string;
  fromStatus: string;
  toStatus: string;
  actorName: string;
  at: string;
};

/** An internal note: only moderators ever see it. */
export type ModerationNote = { id: string; body: string; authorName: string; at: string };

type QueueStats = { count: number; oldestAgeSeconds: number | null };
type DecisionTimes = { decisions: number; medianSeconds: number | null };
export type ModerationOverview = {
  queues: Record<QueueKind, QueueStats>;
  timeToDecision: { last7Days: DecisionTimes; last30Days: DecisionTimes };
};

const enc = encodeURIComponent;
const withCursor = (path: string, cursor?: string | null, extra = '') => {
  const params = new URLSearchParams(extra);
  if (cursor) params.set('cursor', cursor);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

/** A page of one queue, oldest first. */
export const getQueue = (kind: QueueKind, cursor?: string | null, limit = 20) =>
  api<Page<ModerationItem>>(
    'GET',
    withCursor('/moderation/queue', cursor, `kind=${kind}&limit=${limit}`),
  );

/** Waiting items per queue and the median time to a decision. */
export const getOverview = () => api<ModerationOverview>('GET', '/moderation/overview');

/** A decision on a story; 409 when someone else decided first. */
export const decideStory = (id: string, decision: StoryDecision, reason?: string) =>
  api<Story>('POST', `/moderation/stories/${enc(id)}/decision`, {
    decision,
    ...(reason ? { reason } : {}),
  });

/** A decision on a comment; 409 when someone else decided first. */
export const decideComment = (
  storyId: string,
  commentId: string,
  decision: CommentDecision,
  reason?: string,
) =>
  api<Comment>('POST', `/moderation/comments/${enc(storyId)}/${enc(commentId)}/decision`, {
    decision,
    ...(reason ? { reason } : {}),
  });

/** Every decision on the platform (entityId omitted) or on one item, newest first. */
export const getLog = (options: { entityId?: string; cursor?: string | null } = {}) =>
  api<Page<AuditEntry>>(
    'GET',
    withCursor(
      `/moderation/log${options.entityId ? `/${enc(options.entityId)}` : ''}`,
      options.cursor,
    ),
  );

/** The internal notes on an item, oldest first. */
export const getNotes = (entityId: string) =>
  api<{ items: ModerationNote[] }>('GET', `/moderation/notes/${enc(entityId)}`);

/** Adds an internal note to an item. */
export const addNote = (entityId: string, body: string) =>
  api<ModerationNote>('POST', `/moderation/notes/${enc(entityId)}`, { body });
