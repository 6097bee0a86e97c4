import type { CommentDecision } from '../../../shared/schemas/moderation';

type CommentStatus = 'published' | 'held' | 'hidden';

/**
 * Where a moderator's decision moves a comment, or `null` when it does not apply to its state.
 * `reported` is a published comment with open reports (or one hidden by them): restore on it
 * dismisses the reports, hide confirms them.
 */
export function nextCommentStatus(
  current: CommentStatus,
  decision: CommentDecision,
  reported: boolean,
): CommentStatus | null {
  if (decision === 'approve') return current === 'held' ? 'published' : null;
  if (decision === 'hide')
    return current === 'published' || current === 'held' || (current === 'hidden' && reported)
      ? 'hidden'
      : null;
  return current === 'hidden' || (current === 'published' && reported) ? 'published' : null;
}
