import {
  MAX_EXHIBITION_ITEMS,
  type ExhibitionItemInput,
} from '../../../../shared/schemas/curation';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { isId } from '../../core/ids';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import { canSeeStory } from '../../stories/permissions';
import { MAX_EXHIBITIONS_PER_STORY, type StoryRepository } from '../../stories/repository';
import type { StoryRecord } from '../../stories/story-record';
import { itemSnapshot, type ExhibitionItemRecord } from '../exhibition-record';
import type { ExhibitionRepository } from '../exhibition-repository';

export type AddItemReason =
  | 'exhibition-not-found'
  | 'story-not-found'
  | 'not-published'
  | 'no-exhibition-consent'
  | 'already-in-exhibition'
  | 'exhibition-full'
  | 'too-many-exhibitions';

/** Why a story the curator asked for cannot join an exhibition, or `null` when it can. */
function refusal(story: StoryRecord | null, curator: User): AddItemReason | null {
  if (!story || !canSeeStory(story, curator)) return 'story-not-found';
  if (story.status !== 'published') return 'not-published';
  if (!story.consent.exhibition) return 'no-exhibition-consent';
  if ((story.exhibitionIds?.size ?? 0) >= MAX_EXHIBITIONS_PER_STORY) return 'too-many-exhibitions';
  return null;
}

/**
 * A curator adds a published story, whose author consented to exhibition use, to an exhibition.
 * One TransactWriteItems: the item (a snapshot of what the kiosk shows; refused if the story is
 * in already), the story's membership (refused unless still published and consented to, so a
 * consent withdrawn meanwhile wins), and the exhibition's itemCount (refused if it is gone or full).
 */
export async function addExhibitionItem(
  deps: { db: Db; stories: StoryRepository; exhibitions: ExhibitionRepository; now: () => Date },
  curator: User,
  exhibitionId: string,
  input: ExhibitionItemInput,
): Promise<Result<{ item: ExhibitionItemRecord; position: number }, AddItemReason>> {
  if (!isId(exhibitionId)) return fail('exhibition-not-found');
  if (!isId(input.storyId)) return fail('story-not-found');
  const [exhibition, story] = await Promise.all([
    deps.exhibitions.get(exhibitionId),
    deps.stories.get(input.storyId, true),
  ]);
  if (!exhibition) return fail('exhibition-not-found');
  const refused = refusal(story, curator);
  if (refused || !story) return fail(refused ?? 'story-not-found');
  if (story.exhibitionIds?.has(exhibitionId)) return fail('already-in-exhibition');
  if (exhibition.itemCount >= MAX_EXHIBITION_ITEMS) return fail('exhibition-full');

  const at = deps.now().toISOString();
  const item = itemSnapshot(story, { exhibitionId, caption: input.caption, at, by: curator.sub });
  try {
    await transactWrite(deps.db, {
      item: deps.exhibitions.itemPut(item),
      story: deps.stories.joinExhibitionItem(story.id, exhibitionId),
      count: deps.exhibitions.countChange(exhibitionId, 1, MAX_EXHIBITION_ITEMS),
    });
  } catch (error) {
    if (!(error instanceof TransactionConditionError)) throw error;
    // Something changed since the reads: say what, from a fresh look.
    if (error.failed('count')) {
      return fail(
        (await deps.exhibitions.get(exhibitionId)) ? 'exhibition-full' : 'exhibition-not-found',
      );
    }
    if (error.failed('item')) return fail('already-in-exhibition');
    return fail(refusal(await deps.stories.get(story.id, true), curator) ?? 'not-published');
  }
  // It goes last (its position is its time until the next reordering).
  return ok({ item, position: exhibition.itemCount + 1 });
}
