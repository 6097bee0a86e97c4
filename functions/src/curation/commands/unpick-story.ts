import type { User } from '../../core/auth';
import { isId } from '../../core/ids';
import { fail, ok, type Result } from '../../core/result';
import type { StoryRepository } from '../../stories/repository';
import { whyStoryCannotTakePart } from '../permissions';

/**
 * A curator ends a pick. Idempotent: a story that is not picked, or no longer published (its pick
 * slot went with its publication), is simply not a pick afterwards.
 */
export async function unpickStory(
  deps: { stories: StoryRepository },
  curator: User,
  storyId: string,
): Promise<Result<{ storyId: string; picked: false }, 'story-not-found'>> {
  if (!isId(storyId)) return fail('story-not-found');
  const unpicked = await deps.stories.unpick(storyId);
  if (
    !unpicked &&
    (await whyStoryCannotTakePart(deps.stories, storyId, curator)) === 'story-not-found'
  ) {
    return fail('story-not-found');
  }
  return ok({ storyId, picked: false as const });
}
