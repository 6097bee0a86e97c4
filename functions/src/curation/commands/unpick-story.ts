import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { isId } from '../../core/ids';
import { fail, ok, type Result } from '../../core/result';
import { unpickItem, type StoryRepository } from '../../stories/repository';
import { whyStoryCannotTakePart } from '../permissions';

/**
 * A curator ends a pick. Idempotent: a story that is not picked, or no longer published (its pick
 * slot went with its publication), is simply not a pick afterwards.
 */
export async function unpickStory(
  deps: { db: Db; stories: StoryRepository },
  curator: User,
  storyId: string,
): Promise<Result<{ storyId: string; picked: false }, 'story-not-found'>> {
  if (!isId(storyId)) return fail('story-not-found');
  try {
    await deps.db.doc.send(new UpdateCommand(unpickItem(deps.db.tableName, storyId)));
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    if ((await whyStoryCannotTakePart(deps.stories, storyId, curator)) === 'story-not-found') {
      return fail('story-not-found');
    }
  }
  return ok({ storyId, picked: false as const });
}
