import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './dynamo';

export type ItemKey = { pk: string; sk: string };

/** BatchGetItem reads at most 100 keys per request. */
const BATCH = 100;
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
