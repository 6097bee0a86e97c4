import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import { storyKeys } from './keys';

type QueueKind = 'stories' | 'comments' | 'reports';

/** The moderation queues' reads, spread into `createStoryRepository(db)` with the list reads. */
export function createQueueQueries(db: Db) {
  const TableName = db.tableName;
  const query = async (input: Omit<QueryCommandInput, 'TableName'>) => {
    const out = await db.doc.send(new QueryCommand({ TableName, ...input }));
    return { items: out.Items ?? [], lastKey: out.LastEvaluatedKey as PageKey | undefined };
  };

  return {
    /**
     * One page of a moderation queue, oldest first: one Query. Pending stories, held comments, or
     * reported stories and comments (raw items: `entity` tells a story from a comment).
     */
    async listQueue(kind: QueueKind, limit: number, startKey?: PageKey) {
      return query({
        IndexName: 'queue',
        KeyConditionExpression: 'queuePk = :queue',
        ExpressionAttributeValues: { ':queue': storyKeys.queue(kind) },
        ScanIndexForward: true,
        Limit: limit,
        ExclusiveStartKey: startKey,
      });
    },

    /**
     * How many entries wait in a queue and since when the oldest waits (`null` when none): COUNT
     * Queries over the whole queue, then one for its first key. For the overview, not a hot path.
     */
    async queueSummary(kind: QueueKind): Promise<{ count: number; oldestSince: string | null }> {
      let count = 0;
      let startKey: PageKey | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName,
            IndexName: 'queue',
            KeyConditionExpression: 'queuePk = :q',
            ExpressionAttributeValues: { ':q': storyKeys.queue(kind) },
            Select: 'COUNT',
            ExclusiveStartKey: startKey,
          }),
        );
        count += out.Count ?? 0;
        startKey = out.LastEvaluatedKey as PageKey | undefined;
      } while (startKey);
      if (!count) return { count, oldestSince: null };
      const { items } = await query({
        IndexName: 'queue',
        KeyConditionExpression: 'queuePk = :q',
        ExpressionAttributeValues: { ':q': storyKeys.queue(kind) },
        Limit: 1,
        ProjectionExpression: 'queueSk',
      });
      const oldest = storyKeys.parseQueueSk(String(items[0]?.queueSk ?? '')).at;
      return { count, oldestSince: oldest || null };
    },
  };
}
