import type { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { batchGetAll, type ItemKey } from './batch-get';
import type { Db } from './dynamo';

/*
 * DynamoDB Local never leaves keys unprocessed, so this stand-in for the document client does:
 * it answers some keys of each request and hands the rest back as AWS does under load.
 */
function throttlingDb(answer: (keys: ItemKey[], call: number) => number) {
  const requests: ItemKey[][] = [];
  const db = {
    tableName: 'T',
    doc: {
      async send(command: BatchGetCommand) {
        const keys = command.input.RequestItems!.T!.Keys as ItemKey[];
        requests.push(keys);
        const answered = answer(keys, requests.length);
        return {
          Responses: { T: keys.slice(0, answered).map((key) => ({ ...key, found: true })) },
          UnprocessedKeys:
            answered < keys.length ? { T: { Keys: keys.slice(answered) } } : undefined,
        };
      },
    },
  } as unknown as Db;
  return { db, requests };
}

const keys = (n: number): ItemKey[] =>
  Array.from({ length: n }, (_, i) => ({ pk: `P#${i}`, sk: 'S' }));

describe('batchGetAll', () => {
  it('asks for at most 100 keys at a time, each key once', async () => {
    const { db, requests } = throttlingDb((asked) => asked.length);
    const items = await batchGetAll(db, [...keys(250), ...keys(10)]);
    expect(items).toHaveLength(250);
    expect(requests.map((r) => r.length)).toEqual([100, 100, 50]);
  });

  it('asks again for the keys left unprocessed until every one is answered', async () => {
    const { db, requests } = throttlingDb((asked) => Math.ceil(asked.length / 2));
    const items = await batchGetAll(db, keys(8));
    expect(items.map((item) => item.pk).sort()).toEqual(
      keys(8)
        .map((k) => k.pk)
        .sort(),
    );
    expect(requests.map((r) => r.length)).toEqual([8, 4, 2, 1]);
  });

  it('fails rather than answer with a gap when keys stay unprocessed', async () => {
    const { db } = throttlingDb(() => 0);
    await expect(batchGetAll(db, keys(3), { maxAttempts: 2 })).rejects.toThrow(/unprocessed/);
  });
});
