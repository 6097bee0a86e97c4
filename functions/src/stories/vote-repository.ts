import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../core/dynamo';
import type { TransactItem } from '../core/transact';
import { storyKeys } from './keys';

/** Support for stories: one vote item per person and story, in the story's partition. */
export function createVoteRepository(db: Db) {
  const TableName = db.tableName;
  return {
    /** Whether this person supports the story now (a consistent read). */
    async exists(storyId: string, sub: string): Promise<boolean> {
      const out = await db.doc.send(
        new GetCommand({
          TableName,
          Key: storyKeys.vote(storyId, sub),
          ProjectionExpression: 'pk',
          ConsistentRead: true,
        }),
      );
      return !!out.Item;
    },

    /**
     * Casting support (a Put, refused if this person's vote exists) or withdrawing it (a Delete,
     * refused unless it exists), so a repeated request changes nothing.
     */
    voteItem(storyId: string, sub: string, voted: boolean): TransactItem {
      const Key = storyKeys.vote(storyId, sub);
      return voted
        ? {
            Put: {
              TableName,
              // No timestamp: a retry with the same Idempotency-Key must send the very same request.
              Item: { ...Key, entity: 'vote', sub },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          }
        : { Delete: { TableName, Key, ConditionExpression: 'attribute_exists(pk)' } };
    },
  };
}

export type VoteRepository = ReturnType<typeof createVoteRepository>;
