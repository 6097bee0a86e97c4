import type { StoryStatus } from '../../../shared/vocabulary';
import { hasGroup, type User } from '../core/auth';

type StoryAccess = { status: StoryStatus; authorSub: string };

const isAuthor = (story: StoryAccess, user: User | null) => !!user && user.sub === story.authorSub;

/**
 * Published stories are public; any other status only for its author and moderators, except a
 * withdrawn one: withdrawn means gone, for moderators too; only its author still sees it.
 */
export const canSeeStory = (story: StoryAccess, user: User | null) =>
  story.status === 'published' ||
  isAuthor(story, user) ||
  (story.status !== 'withdrawn' && hasGroup(user, 'moderators'));

/** Whether the story is in a status an edit applies to: a moderator has not accepted it yet. */
const isEditableStatus = (status: StoryStatus) =>
  status === 'pending' || status === 'changes-requested';

/** The author may edit while a moderator has not yet accepted it. */
export const canEditStory = (story: StoryAccess, user: User | null) =>
  isAuthor(story, user) && isEditableStatus(story.status);

/** The author may withdraw at any time, once. */
export const canWithdrawStory = (story: StoryAccess, user: User | null) =>
  isAuthor(story, user) && story.status !== 'withdrawn';
