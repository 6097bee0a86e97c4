import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../core/dynamo';
import { TABLE_DEFINITION } from '../core/table-definition';
import { TransactionConditionError, transactWrite } from '../core/transact';
import type { CounterDeltas } from './stats-changes';
import { statsKeys, type StatsDimension } from './stats-keys';

/**
 * How long a record's marker is kept: longer than a stream keeps a record (24 hours) and than
 * any retry of it, so a redelivery always finds it; then TTL removes it.
 */
const MARKER_DAYS = 7;

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

    /**
     * Adds one stream record's deltas, once: the record's marker (a conditional Put) and every
     * counter's ADD in one TransactWriteItems, so a redelivered record finds its marker and
     * changes nothing. False when it was counted before. At most 99 counters (a story has far
     * fewer: 3 themes, 8 decades, a language, a city, the research count).
     */
    async apply(eventId: string, deltas: CounterDeltas, now: Date): Promise<boolean> {
      if (deltas.size === 0) return true;
      const TableName = db.tableName;
      const expiresAt = Math.floor(now.getTime() / 1000) + MARKER_DAYS * 86_400;
      try {
        await transactWrite(db, {
          marker: {
            Put: {
              TableName,
              Item: {
                ...statsKeys.marker(eventId),
                entity: 'stats-record-marker',
                at: now.toISOString(),
                [TABLE_DEFINITION.timeToLiveAttribute]: expiresAt,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          counters: [...deltas.values()].map(({ dimension, value, by }) => ({
            Update: {
              TableName,
              Key: statsKeys.counter(dimension, value),
              UpdateExpression: 'ADD #count :by SET entity = :entity',
              ExpressionAttributeNames: { '#count': 'count' },
              ExpressionAttributeValues: { ':by': by, ':entity': 'stats-counter' },
            },
          })),
        });
        return true;
      } catch (error) {
        if (error instanceof TransactionConditionError && error.failed('marker')) return false;
        throw error;
      }
    },

    /**
     * Sets counters to counted values (the backfill, scripts/migrations/stats-counters.ts): a
     * Put per counter, so running it again gives the same numbers, and a counter already
     * counted by the handler is replaced by the count of the data as it is now. Counters it was
     * not given are set to 0, so nothing older survives.
     */
    async replace(counts: Map<string, { dimension: StatsDimension; value: string; by: number }>) {
      const TableName = db.tableName;
      for (const row of await this.counters()) {
        const key = `${row.dimension}#${row.value}`;
        if (!counts.has(key))
          counts.set(key, { dimension: row.dimension, value: row.value, by: 0 });
      }
      for (const { dimension, value, by } of counts.values()) {
        await db.doc.send(
          new PutCommand({
            TableName,
            Item: { ...statsKeys.counter(dimension, value), entity: 'stats-counter', count: by },
          }),
        );
      }
      return counts.size;
    },

    /** Published stories with research consent now: one GetItem of their counter. */
    async researchStoryCount(): Promise<number> {
      const out = await db.doc.send(
        new GetCommand({ TableName: db.tableName, Key: statsKeys.counter('research', 'stories') }),
      );
      return Math.max(0, Number(out.Item?.count ?? 0));
    },
  };
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;
