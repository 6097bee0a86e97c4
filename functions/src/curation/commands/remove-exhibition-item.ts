import type { Db } from '../../core/dynamo';
import { isId } from '../../core/ids';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { StoryRepository } from '../../stories/repository';
import type { ExhibitionRepository } from '../exhibition-repository';

/**
 * A curator takes a story out of an exhibition: the item, the story's membership and the
 * exhibition's itemCount change in one TransactWriteItems, conditional on the item being there.
 */
export async function removeExhibitionItem(
  deps: { db: Db; stories: StoryRepository; exhibitions: ExhibitionRepository },
  exhibitionId: string,
  storyId: string,
): Promise<Result<{ exhibitionId: string; storyId: string }, 'not-found'>> {
  if (!isId(exhibitionId) || !isId(storyId)) return fail('not-found');
  try {
    await transactWrite(deps.db, {
      item: deps.exhibitions.leaveItems(exhibitionId, storyId),
      story: deps.stories.leaveExhibitionItem(storyId, exhibitionId),
    });
  } catch (error) {
    if (error instanceof TransactionConditionError) return fail('not-found');
    throw error;
  }
  return ok({ exhibitionId, storyId });
}
