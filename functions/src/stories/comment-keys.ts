import { isId } from '../core/ids';
import { storyKeys } from './keys';

/**
 * A reply's id carries its parent's id (`<parentId>-<replyId>`), so every comment's key follows
 * from the ids in a URL without a lookup. Only ids of exactly that shape are comment ids: any
 * other string names no comment (so no two spellings can reach one comment).
 */
export function parseCommentId(commentId: string): { parentId?: string; ownId: string } | null {
  const parts = commentId.split('-');
  if (parts.length > 2 || !parts.every(isId)) return null;
  return parts.length === 2 ? { parentId: parts[0]!, ownId: parts[1]! } : { ownId: parts[0]! };
}

/** The key of a comment or reply, or `null` for a string that is no comment id. */
export function commentKeyOf(storyId: string, commentId: string) {
  const parsed = parseCommentId(commentId);
  if (!parsed) return null;
  return parsed.parentId
    ? storyKeys.reply(storyId, parsed.parentId, parsed.ownId)
    : storyKeys.comment(storyId, parsed.ownId);
}

/** Queue attributes of a held comment: it waits for a moderator, oldest first. */
export const commentQueue = (at: string, storyId: string, commentId: string) => ({
  queuePk: storyKeys.heldQueue,
  queueSk: `${at}#${storyId}#${commentId}`,
});
