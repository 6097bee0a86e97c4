import type { Db } from '../core/dynamo';
import type { Logger } from '../core/logger';
import { counterDeltas } from '../opendata/stats-changes';
import { createStatsRepository } from '../opendata/stats-repository';
import type { EventHandler } from './change-record';

/**
 * The stats counter (DESIGN §10): keeps the counters `GET /api/stats` reads, so the statistics
 * never scan. Published stories by theme, decade, language and city (a story counts while it is
 * published), submissions and comments per month, and the wait for a moderator's decision in
 * fixed buckets. Each record is counted once: its deltas and a marker go in one transaction
 * (stats-repository.ts), so a retried or bisected batch adds nothing twice.
 */
export function createStatsCounter(deps: { db: Db; log: Logger; now: () => Date }): EventHandler {
  const stats = createStatsRepository(deps.db);
  const log = deps.log.child({ handler: 'stats-counter' });
  return async (changes) => {
    // In stream order: one item's changes must net out in the order they happened.
    for (const change of changes) {
      const deltas = counterDeltas(change);
      if (deltas.size === 0) continue;
      const counted = await stats.apply(change.eventId, deltas, deps.now());
      if (!counted)
        log.info('stream record counted before: not again', { eventId: change.eventId });
    }
  };
}
