import type { DynamoDBRecord } from 'aws-lambda';
import type { Logger } from '../../functions/src/core/logger';
import type { FilterPattern } from '../../functions/src/events/catalogue';
import { toChangeRecords, type EventHandler } from '../../functions/src/events/change-record';
import { matchesAnyFilter } from '../../functions/src/events/filter-match';
import { openStreamReader } from './stream-reader';

/** One catalogue entry's handler as the poller runs it: its filters, and the function itself. */
export type PolledHandler = {
  name: string;
  filters: readonly FilterPattern[];
  handle: EventHandler;
};

export type StreamPoller = { stop(): Promise<void> };

type Retry = { firstDelayMs: number; maxDelayMs: number; maxAttempts: number };
const DEFAULT_RETRY: Retry = { firstDelayMs: 500, maxDelayMs: 30_000, maxAttempts: 10 };

/**
 * What the event source mappings do on AWS (DESIGN §8), for `npm start` and the browser tests:
 * reads the table's stream from now on, about every `intervalMs`, and gives each handler the
 * records its catalogue filters let through, as one batch per read, in stream order.
 *
 * A handler that throws gets the same batch again after a growing pause (logged), and its later
 * batches wait behind it, as a shard's records wait on AWS; the other handlers go on. After
 * `maxAttempts` the batch is logged and dropped, where AWS would send it to the dead-letter
 * queue. The handlers are idempotent (change-record.ts), so a batch given twice does no harm.
 */
export async function startStreamPoller(options: {
  endpoint: string;
  tableName: string;
  handlers: readonly PolledHandler[];
  log: Logger;
  intervalMs?: number;
  retry?: Partial<Retry>;
}): Promise<StreamPoller> {
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const interval = options.intervalMs ?? 300;
  const log = options.log.child({ component: 'stream-poller' });
  const reader = await openStreamReader(options);

  const lanes = options.handlers.map((handler) => ({
    handler,
    queue: [] as DynamoDBRecord[][],
    attempts: 0,
    retryAt: 0,
    running: null as Promise<void> | null,
  }));
  type Lane = (typeof lanes)[number];

  async function deliver(lane: Lane) {
    const batch = lane.queue[0]!;
    const name = lane.handler.name;
    try {
      await lane.handler.handle(toChangeRecords(batch));
      lane.queue.shift();
      lane.attempts = 0;
    } catch (error) {
      lane.attempts += 1;
      const fields = {
        handler: name,
        attempt: lane.attempts,
        records: batch.map((r) => r.eventID),
        error: error instanceof Error ? error.message : String(error),
      };
      if (lane.attempts >= retry.maxAttempts) {
        // Where AWS sends the batch to the handler's dead-letter queue.
        log.error('stream handler gave up on a batch', fields);
        lane.queue.shift();
        lane.attempts = 0;
        return;
      }
      const delayMs = Math.min(retry.firstDelayMs * 2 ** (lane.attempts - 1), retry.maxDelayMs);
      lane.retryAt = Date.now() + delayMs;
      log.warn('stream handler failed; the batch comes again', { ...fields, delayMs });
    }
  }

  /** Starts the lane's next delivery unless one runs or a retry is not due yet. */
  function kick(lane: Lane) {
    if (lane.running || !lane.queue.length || Date.now() < lane.retryAt) return;
    lane.running = deliver(lane).finally(() => {
      lane.running = null;
      if (!stopped) kick(lane);
    });
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let reading: Promise<void> = Promise.resolve();

  async function tick() {
    try {
      const records = await reader.read();
      for (const lane of lanes) {
        const wanted = records.filter((r) => matchesAnyFilter(lane.handler.filters, r));
        if (wanted.length) lane.queue.push(wanted);
      }
    } catch (error) {
      // DynamoDB Local going away at Ctrl-C, or a hiccup: the next tick tries again.
      if (!stopped) log.warn('reading the stream failed', { error: String(error) });
    }
    for (const lane of lanes) kick(lane);
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      reading = tick().finally(schedule);
    }, interval);
  }
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await reading;
      await Promise.all(lanes.map((lane) => lane.running));
      reader.close();
    },
  };
}
