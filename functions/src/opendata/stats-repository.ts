import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../core/dynamo';
import { statsKeys, type StatsDimension } from './stats-keys';

export type CounterRow = { dimension: StatsDimension; value: string; count: number };

/** The statistics' counters: read in one paginated Query of their partition, never a Scan. */
export function createStatsRepository(db: Db) {
  return {
    async counters(): Promise<CounterRow[]> {
      const rows: CounterRow[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName: db.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': statsKeys.partition },
            ExclusiveStartKey: start,
          }),
        );
        for (const item of out.Items ?? []) {
          const parsed = statsKeys.parseCounter(String(item.sk));
          if (parsed) rows.push({ ...parsed, count: Number(item.count ?? 0) });
        }
        start = out.LastEvaluatedKey;
      } while (start);
      return rows;
    },
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
