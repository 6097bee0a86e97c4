import type { ModerationContext } from './context';

/**
 * Whether an id names an item moderators keep records on: a story, or, with `storyId`, a comment
 * of that story. Notes and logs for anything else are a 404, not an empty list.
 */
export async function isModeratedItem(
  context: Pick<ModerationContext, 'stories' | 'comments'>,
  id: string,
  storyId?: string,
): Promise<boolean> {
  if (storyId) return (await context.comments.get(storyId, id)) !== null;
  return (await context.stories.get(id)) !== null;
}
