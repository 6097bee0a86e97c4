import {
  BatchWriteCommand,
  QueryCommand,
  type BatchWriteCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type { Db } from './dynamo';

/** The most requests one BatchWriteItem may hold (DynamoDB's limit). */
export const MAX_BATCH_WRITE = 25;
const ATTEMPTS = 10;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Key = Record<string, unknown>;

/**
 * Deletes every item of `keys` (one that is gone already is fine): BatchWriteItem 25 at a time,
 * the keys DynamoDB leaves unprocessed under load sent again with backoff and full jitter. For
 * erasure (DESIGN §7), where no condition is needed: the items are the person's own, or copies
 * that nothing else counts.
 */
export async function deleteKeys(db: Db, keys: Key[]): Promise<void> {
  const seen = new Set<string>();
  const unique = keys.filter((key) => {
    const id = `${String(key.pk)}\u0000${String(key.sk)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  for (let start = 0; start < unique.length; start += MAX_BATCH_WRITE) {
    let requests = unique
      .slice(start, start + MAX_BATCH_WRITE)
      .map((Key) => ({ DeleteRequest: { Key: { pk: Key.pk, sk: Key.sk } } }));
    for (let attempt = 1; requests.length > 0; attempt++) {
      const out: BatchWriteCommandOutput = await db.doc.send(
        new BatchWriteCommand({ RequestItems: { [db.tableName]: requests } }),
      );
      requests = (out.UnprocessedItems?.[db.tableName] ?? []) as typeof requests;
      if (requests.length === 0) break;
      if (attempt >= ATTEMPTS) throw new Error('DynamoDB kept items of a batch delete unprocessed');
      await sleep(Math.random() * Math.min(2000, 25 * 2 ** attempt));
    }
  }
}

/** Every item of a partition (optionally under a sort-key prefix), strongly consistent, every page. */
export async function queryPartition(
  db: Db,
  pk: string,
  options: { prefix?: string; projection?: string[] } = {},
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const names = options.projection
    ? Object.fromEntries(options.projection.map((field, i) => [`#p${i}`, field]))
    : undefined;
  let startKey: Key | undefined;
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: options.prefix
          ? '#pk = :pk AND begins_with(#sk, :prefix)'
          : '#pk = :pk',
        ExpressionAttributeNames: {
          '#pk': 'pk',
          ...(options.prefix ? { '#sk': 'sk' } : {}),
          ...names,
        },
        ExpressionAttributeValues: {
          ':pk': pk,
          ...(options.prefix ? { ':prefix': options.prefix } : {}),
        },
        ProjectionExpression: names ? Object.keys(names).join(', ') : undefined,
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}
