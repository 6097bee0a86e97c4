import type { COMMENT_STATUSES } from '../schemas/comment';
import { COMMENT_DECISIONS, type CommentDecision } from '../schemas/moderation';

type CommentStatus = (typeof COMMENT_STATUSES)[number];

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

/** The decisions that apply to a comment in this state, in the order the API lists them. */
export const commentDecisionsFor = (current: CommentStatus, reported: boolean) =>
  COMMENT_DECISIONS.filter((d) => nextCommentStatus(current, d, reported) !== null);
