import type { StoryInput } from '../../../../shared/schemas/story';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { newId } from '../../core/ids';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { StoryRepository } from '../repository';
import { screenStory } from '../../../../shared/prescreen/screen-story';
import type { StoryRecord } from '../story-record';

/**
 * A resident sends in a story; it waits for a moderator as `pending`. One TransactWriteItems: the
 * story and the person's hourly submission counter.
 */
export async function submitStory(
  deps: { db: Db; stories: StoryRepository; now: () => Date },
  user: User,
  input: StoryInput,
): Promise<Result<StoryRecord, 'rate-limited'>> {
  const now = deps.now();
  const at = now.toISOString();
  const record: StoryRecord = {
    ...input,
    id: newId(now),
    status: 'pending',
    authorSub: user.sub,
    authorName: user.name,
    voteCount: 0,
    commentCount: 0,
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    ...screenStory(input),
    version: 1,
  };
  try {
    await transactWrite(deps.db, {
      story: deps.stories.newStoryItem(record),
      rateLimit: rateLimitItem(deps.db.tableName, user.sub, 'story', now),
    });
  } catch (error) {
    if (error instanceof TransactionConditionError) return fail('rate-limited');
    throw error;
  }
  return ok(record);
}
