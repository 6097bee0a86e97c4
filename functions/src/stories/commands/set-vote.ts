import { createHash } from 'node:crypto';
import { AccountErasedError, type AccountRepository } from '../../accounts/repository';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { StoryRepository } from '../repository';
import type { VoteRepository } from '../vote-repository';

type Reason = 'not-published' | 'rate-limited';

/**
 * Support (or withdraw support for) a published story; one per person. The vote item, the person's
 * pointer to it, the story's counter and the counters on its feed cards change in one
 * TransactWriteItems, conditional on the
 * vote not existing yet (or existing, to withdraw) and the story being published, so the count is
 * exact under any burst. A repeated request changes nothing and answers the same.
 * The answer's count is read after the write (a transaction returns no values). With an
 * Idempotency-Key the write may have been a replay that DynamoDB answered from the key without
 * writing, even after the person changed their mind in between: so the answer reads whether the
 * vote exists too, and tells the state as it is, never the one the first request left.
 */
export async function setVote(
  deps: {
    db: Db;
    stories: StoryRepository;
    votes: VoteRepository;
    accounts: AccountRepository;
    now: () => Date;
  },
  user: User,
  storyId: string,
  voted: boolean,
  idempotencyKey?: string,
): Promise<Result<{ voted: boolean; voteCount: number }, Reason>> {
  const now = deps.now();
  // The token is the caller's key bound to this person and action, so keys cannot collide.
  const token = idempotencyKey
    ? createHash('sha256')
        .update(`${user.sub}\n${storyId}\n${voted}\n${idempotencyKey}`)
        .digest('hex')
        .slice(0, 36)
    : undefined;
  try {
    await transactWrite(
      deps.db,
      {
        ...voteItems(deps, user.sub, storyId, voted),
        rateLimit: rateLimitItem(deps.db.tableName, user.sub, 'vote', now),
        erased: deps.accounts.notErasedItem(user.sub),
      },
      { token },
    );
  } catch (error) {
    // The same key for this person, story and direction, sent again after the hour turned (its
    // rate-limit counter differs): the first request did the work, so answer the current state.
    const replayed =
      error instanceof Error && error.name === 'IdempotentParameterMismatchException';
    if (!replayed && !(error instanceof TransactionConditionError)) throw error;
    if (error instanceof TransactionConditionError) {
      if (error.failed('story') || error.failed('feed')) return fail('not-published');
      if (error.failed('rateLimit')) return fail('rate-limited');
      if (error.failed('erased')) throw new AccountErasedError();
    }
    // Only the vote's own condition failed: already in the asked state, so nothing to change.
  }
  if (!token) return ok({ voted, voteCount: await deps.stories.voteCount(storyId) });
  const [exists, voteCount] = await Promise.all([
    deps.votes.exists(storyId, user.sub),
    deps.stories.voteCount(storyId),
  ]);
  return ok({ voted: exists, voteCount });
}

/**
 * The items of casting or withdrawing one support on a published story: the vote, the person's
 * pointer to it, the story's count and its feed cards' counts (and top ranking). Shared by the
 * vote and by an erasure, which withdraws every support of the person (without a rate limit).
 */
export function voteItems(
  deps: { stories: StoryRepository; votes: VoteRepository; accounts: AccountRepository },
  sub: string,
  storyId: string,
  voted: boolean,
) {
  const delta = voted ? 1 : -1;
  return {
    vote: deps.votes.voteItem(storyId, sub, voted),
    pointer: deps.accounts.supportItem(sub, storyId, voted),
    story: deps.stories.voteCountItem(storyId, delta),
    feed: deps.stories.feedCounterItems(storyId, { votes: delta }),
  };
}
