import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import { canSeeStory, canWithdrawStory } from '../permissions';
import type { NoticeRepository } from '../../curation/notice-repository';
import type { StoryRepository } from '../repository';
import type { StoryRecord } from '../story-record';

type Reason = 'not-found' | 'forbidden' | 'conflict';

/**
 * The author withdraws a story, in any status: it leaves the queue, every feed and every exhibition
 * in the same transaction (which tells the curators when it was on display), and from then on only
 * its author sees it (in "my stories").
 */
export async function withdrawStory(
  deps: { db: Db; stories: StoryRepository; notices: NoticeRepository; now: () => Date },
  user: User,
  storyId: string,
): Promise<Result<StoryRecord, Reason>> {
  const story = await deps.stories.get(storyId, true);
  if (!story || !canSeeStory(story, user)) return fail('not-found');
  if (story.status === 'withdrawn' && story.authorSub === user.sub) return ok(story);
  if (!canWithdrawStory(story, user)) return fail('forbidden');
  const at = deps.now().toISOString();
  try {
    const items = deps.stories.stateChangeItems(story, { to: 'withdrawn', at });
    const shownIn = story.status === 'published' ? [...(story.exhibitionIds ?? [])] : [];
    if (shownIn.length > 0) {
      const exhibitions = await deps.notices.titles(shownIn);
      items.push(
        deps.notices.consentWithdrawnItem(
          { storyId, storyTitle: story.title, exhibitions, at },
          'story-withdrawn',
        ),
      );
    }
    await transactWrite(deps.db, items);
  } catch (error) {
    if (error instanceof TransactionConditionError) return fail('conflict');
    throw error;
  }
  return ok({ ...story, status: 'withdrawn', updatedAt: at, version: story.version + 1 });
}
