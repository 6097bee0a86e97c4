import type { StoryDecision } from '../../../shared/schemas/moderation';
import type { StoryStatus } from '../../../shared/vocabulary';

/** Which status each moderator decision expects a story in, and where it moves it (DESIGN §2). */
export const STORY_TRANSITIONS: Record<StoryDecision, { from: StoryStatus[]; to: StoryStatus }> = {
  approve: { from: ['pending'], to: 'published' },
  reject: { from: ['pending'], to: 'rejected' },
  'request-changes': { from: ['pending'], to: 'changes-requested' },
  hide: { from: ['published'], to: 'hidden' },
  restore: { from: ['hidden'], to: 'published' },
};

/** The status a decision leads to, or `null` when the story is not in a state it applies to. */
export function nextStoryStatus(current: StoryStatus, decision: StoryDecision): StoryStatus | null {
  const transition = STORY_TRANSITIONS[decision];
  return transition.from.includes(current) ? transition.to : null;
}
