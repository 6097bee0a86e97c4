import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Localized, MuseumPick } from '../../../../shared/schemas/curation';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { isId } from '../../core/ids';
import { fail, ok, type Result } from '../../core/result';
import { pickItem, toPick, type StoryRepository } from '../../stories/repository';
import { whyStoryCannotTakePart } from '../permissions';

type Reason = 'story-not-found' | 'not-published';

/**
 * A curator features a published story as a museum pick, kept apart from votes: one UpdateItem
 * on the story's pick slot, which exists only while the story is published. Picking again
 * changes the note and keeps the pick's place in the list.
 */
export async function pickStory(
  deps: { db: Db; stories: StoryRepository; now: () => Date },
  curator: User,
  storyId: string,
  note?: Localized,
): Promise<Result<MuseumPick, Reason>> {
  if (!isId(storyId)) return fail('story-not-found');
  const at = deps.now().toISOString();
  const input = pickItem(deps.db.tableName, storyId, { note, at, by: curator.sub });
  try {
    const out = await deps.db.doc.send(new UpdateCommand({ ...input, ReturnValues: 'ALL_NEW' }));
    return ok(toPick(out.Attributes ?? {}));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    return fail(await whyStoryCannotTakePart(deps.stories, storyId, curator));
  }
}
