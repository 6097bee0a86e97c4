import type { AccountRepository } from '../../accounts/repository';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { fail, ok, type Result } from '../../core/result';
import {
  flattenNamed,
  MAX_TRANSACTION_ITEMS,
  TransactionConditionError,
  transactWrite,
} from '../../core/transact';
import type { CommentRepository } from '../comment-repository';
import { canSeeStory, canWithdrawStory } from '../permissions';
import type { StoryEffects } from '../ports';
import { leavesPublication, type StoryRepository } from '../repository';
import type { StoryRecord } from '../story-record';
import { consentChange } from '../consent-ledger';

type Reason = 'not-found' | 'forbidden' | 'conflict';

/**
 * The author withdraws a story, in any status: it leaves the queue and every feed in the same
 * transaction, and, when it was published, everything the StoryEffects port adds (it leaves every
 * exhibition, and curators are told), and the author's consent-ledger entry: online consent
 * withdrawn. Its held and reported comments leave the moderation queues with it: in the same
 * transaction as far as it has room (it always has for 23), any beyond that right after it, a
 * transaction of up to 100 at a time. From then on only its author sees it (in "my stories"); not
 * even moderators do.
 */
export async function withdrawStory(
  deps: {
    db: Db;
    stories: StoryRepository;
    comments: CommentRepository;
    accounts: AccountRepository;
    storyEffects: StoryEffects;
    now: () => Date;
  },
  user: User,
  storyId: string,
): Promise<Result<StoryRecord, Reason>> {
  const story = await deps.stories.get(storyId, true);
  if (!story || !canSeeStory(story, user)) return fail('not-found');
  if (story.status === 'withdrawn' && story.authorSub === user.sub) return ok(story);
  if (!canWithdrawStory(story, user)) return fail('forbidden');
  const at = deps.now().toISOString();
  const queued = (await deps.comments.queuedKeys(story.id)).map(deps.comments.leaveQueueItem);
  const left = leavesPublication(story.status, 'withdrawn');
  const items = {
    ...deps.stories.stateChangeItems(story, { to: 'withdrawn', at }),
    effects: left
      ? await deps.storyEffects.leftPublication(story, { cause: 'withdrawn', at })
      : undefined,
    ledger: deps.accounts.consentEntryItems(
      story.authorSub,
      consentChange(story, at, 'withdrawal'),
      { online: false },
    ),
  };
  const room = MAX_TRANSACTION_ITEMS - flattenNamed(items).list.length;
  try {
    await transactWrite(deps.db, { ...items, queuedComments: queued.slice(0, room) });
  } catch (error) {
    if (error instanceof TransactionConditionError) return fail('conflict');
    throw error;
  }
  // Only a story with more queued comments than the transaction had room for gets here.
  for (let start = room; start < queued.length; start += MAX_TRANSACTION_ITEMS) {
    const chunk = queued.slice(start, start + MAX_TRANSACTION_ITEMS);
    await transactWrite(deps.db, { queuedComments: chunk });
  }
  return ok({ ...story, status: 'withdrawn', updatedAt: at, version: story.version + 1 });
}
