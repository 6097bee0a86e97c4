import { STORY_DECISIONS, type StoryDecision } from '../schemas/moderation';
import type { StoryStatus } from '../vocabulary';

/** Which status each moderator decision expects a story in, and where it moves it (DESIGN §2). */
export const STORY_TRANSITIONS: Record<StoryDecision, { from: StoryStatus[]; to: StoryStatus }> = {
  approve: { from: ['pending'], to: 'published' },
  reject: { from: ['pending'], to: 'rejected' },
  'request-changes': { from: ['pending'], to: 'changes-requested' },
  hide: { from: ['published'], to: 'hidden' },
  restore: { from: ['hidden'], to: 'published' },
};

/**
 * The status a decision leads to, or `null` when the story is not in a state it applies to.
 * On a `reported` story (open reports, or hidden by them) hide confirms the reports and restore
 * dismisses them, so both also apply to the state the reports left it in.
 */
export function nextStoryStatus(
  current: StoryStatus,
  decision: StoryDecision,
  reported = false,
): StoryStatus | null {
  const transition = STORY_TRANSITIONS[decision];
  if (transition.from.includes(current)) return transition.to;
  if (reported && decision === 'hide' && current === 'hidden') return 'hidden';
  if (reported && decision === 'restore' && current === 'published') return 'published';
  return null;
}

/** The decisions that apply to a story in this state, in the order the API lists them. */
export const storyDecisionsFor = (current: StoryStatus, reported = false) =>
  STORY_DECISIONS.filter((d) => nextStoryStatus(current, d, reported) !== null);

/**
 * A recording is published only with its transcript (DESIGN §9): written by the author in the
 * story form, or added by a moderator while the story waits. Approving (or restoring) a story
 * whose recording has none is refused until then.
 */
export const lacksTranscript = (
  media: readonly { kind: string; transcript?: string }[] | undefined,
): boolean => (media ?? []).some((m) => m.kind === 'audio' && !m.transcript?.trim());
