import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import { canSeeStory, canWithdrawStory } from '../permissions';
import type { StoryEffects } from '../ports';
import { leavesPublication, type StoryRepository } from '../repository';
import type { StoryRecord } from '../story-record';

type Reason = 'not-found' | 'forbidden' | 'conflict';

/**
 * The author withdraws a story, in any status: it leaves the queue and every feed in the same
 * transaction, and, when it was published, everything the StoryEffects port adds (it leaves every
 * exhibition, and curators are told). From then on only its author sees it (in "my stories").
 */
export async function withdrawStory(
  deps: { db: Db; stories: StoryRepository; storyEffects: StoryEffects; now: () => Date },
  user: User,
  storyId: string,
): Promise<Result<StoryRecord, Reason>> {
  const story = await deps.stories.get(storyId, true);
  if (!story || !canSeeStory(story, user)) return fail('not-found');
  if (story.status === 'withdrawn' && story.authorSub === user.sub) return ok(story);
  if (!canWithdrawStory(story, user)) return fail('forbidden');
  const at = deps.now().toISOString();
  try {
    const left = leavesPublication(story.status, 'withdrawn');
    await transactWrite(deps.db, {
      ...deps.stories.stateChangeItems(story, { to: 'withdrawn', at }),
      effects: left
        ? await deps.storyEffects.leftPublication(story, { cause: 'withdrawn', at })
        : undefined,
    });
  } catch (error) {
    if (error instanceof TransactionConditionError) return fail('conflict');
    throw error;
  }
  return ok({ ...story, status: 'withdrawn', updatedAt: at, version: story.version + 1 });
}
