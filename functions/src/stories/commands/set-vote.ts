import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import { feedCounterUpdates, type TransactItem } from '../feed-entries';
import { storyKeys } from '../keys';

type Reason = 'not-published' | 'rate-limited';

/**
 * Support (or withdraw support for) a published story; one per person. The vote item, the story's
 * counter and the counters on its feed cards change in one TransactWriteItems, conditional on the
 * vote not existing yet (or existing, to withdraw) and the story being published, so the count is
 * exact under any burst. A repeated request changes nothing and answers the same.
 * The answer's count is read after the write (a transaction returns no values).
 */
export async function setVote(
  deps: { db: Db; now: () => Date },
  user: User,
  storyId: string,
  voted: boolean,
  idempotencyKey?: string,
): Promise<Result<{ voted: boolean; voteCount: number }, Reason>> {
  const { tableName } = deps.db;
  const now = deps.now();
  const delta = voted ? 1 : -1;
  const voteKey = storyKeys.vote(storyId, user.sub);
  const items: TransactItem[] = [
    voted
      ? {
          Put: {
            TableName: tableName,
            // No timestamp: a retry with the same Idempotency-Key must send the very same request.
            Item: { ...voteKey, entity: 'vote', sub: user.sub },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        }
      : {
          Delete: {
            TableName: tableName,
            Key: voteKey,
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
    {
      Update: {
        TableName: tableName,
        Key: storyKeys.story(storyId),
        UpdateExpression: 'ADD voteCount :delta',
        ConditionExpression: '#status = :published',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':delta': delta, ':published': 'published' },
      },
    },
    ...feedCounterUpdates(tableName, storyId, { votes: delta }),
    rateLimitItem(tableName, user.sub, 'vote', now),
  ];
  try {
    // The token is the caller's key bound to this person and action, so keys cannot collide.
    const token = idempotencyKey
      ? createHash('sha256')
          .update(`${user.sub}\n${storyId}\n${voted}\n${idempotencyKey}`)
          .digest('hex')
          .slice(0, 36)
      : undefined;
    await transactWrite(deps.db, items, { token });
  } catch (error) {
    // The same key for this person, story and direction, sent again after the hour turned (its
    // rate-limit counter differs): the first request did the work, so answer the current state.
    const replayed =
      error instanceof Error && error.name === 'IdempotentParameterMismatchException';
    if (!replayed && !(error instanceof TransactionConditionError)) throw error;
    if (error instanceof TransactionConditionError) {
      if (error.failedIndexes.some((i) => i > 0 && i < items.length - 1))
        return fail('not-published');
      if (error.failedIndexes.includes(items.length - 1)) return fail('rate-limited');
    }
    // Only the vote's own condition failed: already in the asked state, so nothing to change.
  }
  const out = await deps.db.doc.send(
    new GetCommand({
      TableName: tableName,
      Key: storyKeys.story(storyId),
      ProjectionExpression: 'voteCount',
      ConsistentRead: true,
    }),
  );
  return ok({ voted, voteCount: (out.Item?.voteCount as number | undefined) ?? 0 });
}
