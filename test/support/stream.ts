import type { DynamoDBRecord } from 'aws-lambda';
import { inject } from 'vitest';
import { EVENT_HANDLERS, type HandlerName } from '../../functions/src/events/catalogue';
import { matchesAnyFilter } from '../../functions/src/events/filter-match';
import { openStreamReader } from '../../scripts/local-stack/stream-reader';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The table's real stream for a handler test: open the tap, make the writes, and `records()`
 * answers the raw records (as Lambda gets them) those writes produced on DynamoDB Local.
 *
 *   const tap = await streamTap(t.config);
 *   await decide(t, story.id, 'approve');
 *   await handler(toChangeRecords(await tap.records({ for: 'notifier' })));
 */
export async function streamTap(table: { tableName: string; dynamodbEndpoint?: string }) {
  const reader = await openStreamReader({
    endpoint: table.dynamodbEndpoint ?? inject('dynamodbEndpoint'),
    tableName: table.tableName,
  });
  return {
    /**
     * The records since the tap opened or since the last call, once there are `atLeast` and the
     * stream has been quiet for `quietMs`; with `for`, only those the handler's catalogue filters
     * let through (as the event source mapping does).
     */
    async records(
      options: { for?: HandlerName; atLeast?: number; quietMs?: number; timeoutMs?: number } = {},
    ): Promise<DynamoDBRecord[]> {
      const { atLeast = 1, quietMs = 400, timeoutMs = 10_000 } = options;
      const filters = options.for
        ? EVENT_HANDLERS.find((entry) => entry.name === options.for)!.filters
        : [];
      const found: DynamoDBRecord[] = [];
      const deadline = Date.now() + timeoutMs;
      let lastNew = Date.now();
      for (;;) {
        const got = (await reader.read()).filter((r) => matchesAnyFilter(filters, r));
        if (got.length) {
          found.push(...got);
          lastNew = Date.now();
        }
        if (found.length >= atLeast && Date.now() - lastNew >= quietMs) return found;
        if (Date.now() > deadline) {
          throw new Error(`The stream gave ${found.length} records, not ${atLeast}, in time`);
        }
        await pause(100);
      }
    },
    close: () => reader.close(),
  };
}
