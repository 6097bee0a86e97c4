import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './dynamo';

/** The most keys one BatchGetItem may ask for (DynamoDB's limit). */
export const MAX_BATCH_GET_KEYS = 100;

export type ItemKey = { pk: string; sk: string };

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
  const unique = [...new Map(keys.map((key) => [`${key.pk}\u0000${key.sk}`, key])).values()];
  const found: Record<string, unknown>[] = [];
  for (let i = 0; i < unique.length; i += MAX_BATCH_GET_KEYS) {
    let request: Record<string, unknown>[] | undefined = unique.slice(i, i + MAX_BATCH_GET_KEYS);
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
