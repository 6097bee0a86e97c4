import type { Localized, MuseumPick } from '../../../../shared/schemas/curation';
import type { User } from '../../core/auth';
import { isId } from '../../core/ids';
import { fail, ok, type Result } from '../../core/result';
import type { StoryRepository } from '../../stories/repository';
import { whyStoryCannotTakePart } from '../permissions';

type Reason = 'story-not-found' | 'not-published';

/**
 * A curator features a published story as a museum pick, kept apart from votes: one UpdateItem
 * on the story's pick slot, which exists only while the story is published. Picking again
 * changes the note and keeps the pick's place in the list.
 */
export async function pickStory(
  deps: { stories: StoryRepository; now: () => Date },
  curator: User,
  storyId: string,
  note?: Localized,
): Promise<Result<MuseumPick, Reason>> {
  if (!isId(storyId)) return fail('story-not-found');
  const at = deps.now().toISOString();
  const pick = await deps.stories.pick(storyId, { note, at, by: curator.sub });
  if (pick) return ok(pick);
  return fail(await whyStoryCannotTakePart(deps.stories, storyId, curator));
}
