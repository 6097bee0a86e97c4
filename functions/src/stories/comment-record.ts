import type { Comment } from '../../../shared/schemas/comment';
import { hasGroup, type User } from '../core/auth';

/** A comment as stored. */
export type CommentRecord = Omit<Comment, 'isOwn'> & { authorSub: string };

/** Published comments are public; held and hidden ones only for their author and moderators. */
export const canSeeComment = (comment: CommentRecord, viewer: User | null) =>
  comment.status === 'published' ||
  viewer?.sub === comment.authorSub ||
  hasGroup(viewer, 'moderators');

export function toComment(record: CommentRecord, viewer: User | null): Comment {
  const { authorSub, ...rest } = record;
  return {
    id: rest.id,
    storyId: rest.storyId,
    parentId: rest.parentId,
    body: rest.body,
    authorName: rest.authorName ?? null,
    status: rest.status,
    // Comments written before badges existed have none; an emptied one (erased author) neither.
    ...(record.badge && !record.erased ? { badge: record.badge } : {}),
    replyCount: rest.replyCount ?? 0,
    createdAt: rest.createdAt,
    isOwn: viewer?.sub === authorSub,
    ...(record.erased ? { erased: true } : {}),
  };
}

/** The comments of a query page that `viewer` may see, in the API shape. */
export const visibleComments = (items: Record<string, unknown>[], viewer: User | null) =>
  (items as unknown as CommentRecord[])
    .filter((c) => canSeeComment(c, viewer))
    .map((c) => toComment(c, viewer));
