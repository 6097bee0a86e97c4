import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../functions/src/core/dynamo';
import type { CounterDeltas } from '../../functions/src/opendata/stats-changes';
import { decisionBucket, publishedCounters } from '../../functions/src/opendata/stats-changes';
import type { StatsDimension } from '../../functions/src/opendata/stats-keys';
import { createStatsRepository } from '../../functions/src/opendata/stats-repository';

const QUEUE_DECISIONS = ['approve', 'reject', 'request-changes'];

/**
 * Builds the public statistics' counters once from the data a deployment already holds (the
 * stats-counter event handler keeps them from then on, DESIGN §10): published stories by theme,
 * decade, language and city and the research count from the story items, submissions per month
 * from every story item, comments per month from the comment items, and the time to each first
 * decision from the moderation log (its entries carry when the story was sent in). Counters are
 * set, not added to, so a second run gives the same numbers (idempotent); run it right after the
 * deploy that adds the handler (`npm run migrate`; `npm start` runs it on every start). A Scan,
 * never in a request path. Stories and comments erased before it are not counted.
 * Returns how many counters it set.
 */
export async function backfillStatsCounters(db: Db): Promise<number> {
  const counts: CounterDeltas = new Map();
  const add = (dimension: StatsDimension, value: string) => {
    const key = `${dimension}#${value}`;
    counts.set(key, { dimension, value, by: (counts.get(key)?.by ?? 0) + 1 });
  };
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression: 'entity IN (:story, :comment, :audit)',
        ExpressionAttributeValues: { ':story': 'story', ':comment': 'comment', ':audit': 'audit' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      if (item.entity === 'story') {
        for (const [dimension, value] of publishedCounters(item)) add(dimension, value);
        const sent = item.submittedAt ?? item.createdAt;
        if (typeof sent === 'string') add('submissions', sent.slice(0, 7));
      } else if (item.entity === 'comment' && typeof item.createdAt === 'string') {
        add('comments', item.createdAt.slice(0, 7));
      } else if (
        item.entity === 'audit' &&
        item.entityType === 'story' &&
        item.fromStatus === 'pending' &&
        QUEUE_DECISIONS.includes(String(item.decision)) &&
        typeof item.submittedAt === 'string'
      ) {
        const hours = (Date.parse(String(item.at)) - Date.parse(item.submittedAt)) / 3_600_000;
        if (Number.isFinite(hours)) add('decision-hours', decisionBucket(Math.max(0, hours)));
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return createStatsRepository(db).replace(counts);
}
