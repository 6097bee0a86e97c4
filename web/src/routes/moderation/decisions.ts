import { DECISIONS_WITHOUT_REASON, type QueueEntry, type StoryDecision } from '$shared';
import { commentDecisionsFor } from '$shared/moderation/comment-transitions';
import { storyDecisionsFor } from '$shared/moderation/story-transitions';

/** Every decision a moderator can take; comments know approve, hide and restore. */
export type Decision = StoryDecision;

/** One key per decision in the item view (never the only way: each is also a labelled radio). */
export const DECISION_KEYS: Record<Decision, string> = {
  approve: 'a',
  reject: 'r',
  'request-changes': 'c',
  hide: 'h',
  restore: 'u',
};

/** Approve and restore may go without a reason (DESIGN §2); every other decision needs one. */
export const needsReason = (decision: Decision): boolean =>
  !(DECISIONS_WITHOUT_REASON as readonly Decision[]).includes(decision);

/** Reason templates offered in the decision form; texts in the i18n dictionaries. */
export const REASON_TEMPLATES = [
  'personalData',
  'whereWhen',
  'insult',
  'spam',
  'offTopic',
] as const;
export type ReasonTemplate = (typeof REASON_TEMPLATES)[number];

/** What a decision applies to: a story or a comment, its status, and whether reports are open. */
export function targetOf(item: QueueEntry) {
  const reported = item.kind === 'report';
  if (item.comment) return { type: 'comment', status: item.comment.status, reported } as const;
  return { type: 'story', status: item.story?.status ?? 'withdrawn', reported } as const;
}

/**
 * The decisions valid for the item's state, by the same transitions the API applies (shared/):
 * pending stories and held comments are approved (or rejected, changed, hidden); published and
 * hidden items are hidden or restored; on a reported item hide confirms the reports and restore
 * dismisses them.
 */
export function decisionsFor(item: QueueEntry): Decision[] {
  const { type, status, reported } = targetOf(item);
  return type === 'comment'
    ? commentDecisionsFor(status, reported)
    : storyDecisionsFor(status, reported);
}

/**
 * Whether the item is the signed-in moderator's own story or comment: no one decides on their
 * own (the API refuses it with 403), so the item view offers no decision on it.
 */
export function isOwnItem(item: QueueEntry): boolean {
  return item.comment ? item.comment.isOwn : (item.story?.isOwn ?? false);
}
