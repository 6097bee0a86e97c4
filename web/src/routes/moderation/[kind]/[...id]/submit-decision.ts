import type { QueueEntry } from '$shared';
import { decideComment, decideStory } from '$lib/api/moderation';
import type { Decision } from '../../decisions';

/** Sends the decision to the endpoint of the item's target: a story, or a comment. */
export async function submitDecision(
  item: QueueEntry,
  decision: Decision,
  reason: string | undefined,
): Promise<void> {
  if (!item.comment) {
    await decideStory(item.storyId, decision, reason);
  } else if (decision === 'approve' || decision === 'hide' || decision === 'restore') {
    await decideComment(item.storyId, item.comment.id, decision, reason);
  }
}
