import type { ExhibitionStatus } from '../../../shared/schemas/curation';
import { hasGroup, type User } from '../core/auth';
import type { StoryRepository } from '../stories/repository';
import { canSeeStory } from '../stories/permissions';

/** Picks, exhibitions and exports are the museum's: curators only. */
export const canCurate = (user: User | null) => hasGroup(user, 'curators');

/** Published exhibitions are public; drafts only for curators. */
export const canSeeExhibition = (exhibition: { status: ExhibitionStatus }, user: User | null) =>
  exhibition.status === 'published' || canCurate(user);

/**
 * Why a story could not take part (a pick, an exhibition): a story the curator may not see is
 * unknown to them (404, never revealing a hidden story), any other one is not published (409).
 */
export async function whyStoryCannotTakePart(
  stories: StoryRepository,
  storyId: string,
  user: User,
): Promise<'story-not-found' | 'not-published'> {
  const story = await stories.get(storyId, true);
  return story && canSeeStory(story, user) ? 'not-published' : 'story-not-found';
}
