import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './dynamo';

export type ItemKey = { pk: string; sk: string };

/** BatchGetItem reads at most 100 keys per request. */
export const MAX_BATCH_GET_KEYS = 100;
const BATCH = MAX_BATCH_GET_KEYS;
const ATTEMPTS = 5;

const keyOf = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

/**
 * Reads items of different repositories (a page's profiles and excerpts, …) in one BatchGetItem
 * per 100 keys, asking again for keys DynamoDB leaves unprocessed. Returns a lookup by key: each
 * repository built its keys and reads its own items back, so no key is spelled here.
 */
export async function batchGetByKey(
  db: Db,
  keys: ItemKey[],
  attributes: string[],
): Promise<(key: ItemKey) => Record<string, unknown> | undefined> {
  const found = new Map<string, Record<string, unknown>>();
  const unique = [...new Map(keys.map((key) => [keyOf(key), key])).values()];
  const names = Object.fromEntries(['pk', 'sk', ...attributes].map((name, i) => [`#a${i}`, name]));
  for (let i = 0; i < unique.length; i += BATCH) {
    let request: Record<string, unknown>[] | undefined = unique.slice(i, i + BATCH);
    for (let attempt = 0; request?.length && attempt < ATTEMPTS; attempt++) {
      const out: BatchGetCommandOutput = await db.doc.send(
        new BatchGetCommand({
          RequestItems: {
            [db.tableName]: {
              Keys: request,
              ProjectionExpression: Object.keys(names).join(', '),
              ExpressionAttributeNames: names,
            },
          },
        }),
      );
      for (const item of out.Responses?.[db.tableName] ?? [])
        found.set(keyOf(item as ItemKey), item);
      request = out.UnprocessedKeys?.[db.tableName]?.Keys;
    }
  }
  return (key) => found.get(keyOf(key));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Every item of `keys` that exists, strongly consistent: one BatchGetItem per 100 keys, each asked
 * again (with backoff and full jitter) for the keys DynamoDB leaves unprocessed under load. Keys
 * without an item are simply not in the answer. Where every item must be read (an export), a key
 * still unprocessed after `maxAttempts` is an error rather than a silent gap.
 */
export async function batchGetAll(
  db: Db,
  keys: readonly ItemKey[],
  options: { maxAttempts?: number } = {},
): Promise<Record<string, unknown>[]> {
  const TableName = db.tableName;
  const maxAttempts = options.maxAttempts ?? 8;
  const unique = [...new Map(keys.map((key) => [keyOf(key), key])).values()];
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < unique.length; i += BATCH) {
    let request: Record<string, unknown>[] | undefined = unique.slice(i, i + BATCH);
    for (let attempt = 1; request?.length; attempt++) {
      if (attempt > maxAttempts) {
        throw new Error(`${request.length} keys stayed unprocessed after ${maxAttempts} attempts`);
      }
      if (attempt > 1) await sleep(Math.random() * Math.min(1000, 20 * 2 ** attempt));
      const out: BatchGetCommandOutput = await db.doc.send(
        new BatchGetCommand({
          RequestItems: { [TableName]: { Keys: request, ConsistentRead: true } },
        }),
      );
      found.push(...(out.Responses?.[TableName] ?? []));
      request = out.UnprocessedKeys?.[TableName]?.Keys;
    }
  }
  return found;
}
