import type {
  AuditEntry,
  Comment,
  CommentDecision,
  ModerationNote,
  ModerationNoteList,
  ModerationOverview,
  Page,
  QueueItem,
  QueueKind,
  Story,
  StoryDecision,
} from '$shared';
import { api, enc, query } from './client';

/** The moderation context's calls (DESIGN §2 "Moderation"): moderators only. */

/** A page of one queue, oldest first. */
export const getQueue = (kind: QueueKind, cursor?: string | null, limit = 20) =>
  api<Page<QueueItem>>('GET', `/moderation/queue${query({ kind, limit, cursor })}`);

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
    `/moderation/log${options.entityId ? `/${enc(options.entityId)}` : ''}${query({
      cursor: options.cursor,
    })}`,
  );

/** The internal notes on an item, oldest first. */
export const getNotes = (entityId: string) =>
  api<ModerationNoteList>('GET', `/moderation/notes/${enc(entityId)}`);

/** Adds an internal note to an item. */
export const addNote = (entityId: string, body: string) =>
  api<ModerationNote>('POST', `/moderation/notes/${enc(entityId)}`, { body });
