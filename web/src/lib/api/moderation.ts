import type {
  AuditEntry,
  Comment,
  CommentDecision,
  ModerationNote,
  ModerationNoteList,
  ModerationOverview,
  Page,
  QueueEntry,
  QueueKind,
  Story,
  StoryDecision,
} from '$shared';
import type { StoryMedia } from '$shared/schemas/media';
import { api, enc, query } from './client';

/** The moderation context's calls (DESIGN §2 "Moderation"): moderators only. */

/** A page of one queue, oldest first. */
export const getQueue = (kind: QueueKind, cursor?: string | null, limit = 20) =>
  api<Page<QueueEntry>>('GET', `/moderation/queue${query({ kind, limit, cursor })}`);

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

/**
 * Every decision on the platform (entityId omitted) or on one item, newest first. For a comment,
 * `storyId` names its story (an id that is no story or comment is a 404).
 */
export const getLog = (
  options: { entityId?: string; storyId?: string; cursor?: string | null } = {},
) =>
  api<Page<AuditEntry>>(
    'GET',
    `/moderation/log${options.entityId ? `/${enc(options.entityId)}` : ''}${query({
      storyId: options.storyId,
      cursor: options.cursor,
    })}`,
  );

/** The internal notes on an item, oldest first; for a comment, `storyId` names its story. */
export const getNotes = (entityId: string, storyId?: string) =>
  api<ModerationNoteList>('GET', `/moderation/notes/${enc(entityId)}${query({ storyId })}`);

/** Adds an internal note to an item; for a comment, `storyId` names its story. */
export const addNote = (entityId: string, body: string, storyId?: string) =>
  api<ModerationNote>('POST', `/moderation/notes/${enc(entityId)}${query({ storyId })}`, { body });

/**
 * A moderator's transcript of a waiting story's recording, naming the story's version they read:
 * 409 when the story is no longer waiting or has changed since. Gives the story's media (private
 * URLs) and its new version.
 */
export const putTranscript = (
  storyId: string,
  mediaId: string,
  transcript: string,
  version: number,
) =>
  api<{ media: StoryMedia[]; version: number }>(
    'PUT',
    `/moderation/stories/${enc(storyId)}/media/${enc(mediaId)}/transcript`,
    { transcript, version },
  );
