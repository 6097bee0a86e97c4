import { storyKeys } from './keys';

/**
 * A reply's id carries its parent's id (`<parentId>-<replyId>`), so every comment's key follows
 * from the ids in a URL without a lookup.
 */
export function commentKeyOf(storyId: string, commentId: string) {
  const [parentId, replyId] = commentId.split('-');
  return replyId ? storyKeys.reply(storyId, parentId!, replyId) : storyKeys.comment(storyId, commentId);
}

/** Queue attributes of a held comment: it waits for a moderator, oldest first. */
export const commentQueue = (at: string, storyId: string, commentId: string) => ({
  queuePk: storyKeys.heldQueue,
  queueSk: `${at}#${storyId}#${commentId}`,
});
