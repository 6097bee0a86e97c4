import type { StoryInput } from '../../../../shared/schemas/story';
import type { User } from '../../core/auth';
import { newId } from '../../core/ids';
import type { StoryRepository } from '../repository';
import type { StoryRecord } from '../story-record';

/** A resident sends in a story; it waits for a moderator as `pending`. One PutItem. */
export async function submitStory(
  deps: { stories: StoryRepository; now: () => Date },
  user: User,
  input: StoryInput,
): Promise<StoryRecord> {
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
    flags: [],
    version: 1,
  };
  await deps.stories.putNew(record);
  return record;
}
