import type { Db } from '../core/dynamo';
import { createStoryRepository } from '../stories/repository';
import { createOaiRepository } from './oai/repository';
import { createStatsRepository } from './stats-repository';

/**
 * The opendata context's repositories (DESIGN §1, §10): research exports, public statistics and
 * harvesting (OAI-PMH). It only reads: stories through the stories repository (it never builds
 * their keys), statistics from the counters the stats-counter event handler keeps.
 */
export function createOpendataContext(deps: { db: Db; now: () => Date }) {
  return {
    db: deps.db,
    // Read at each call: the clock is the process's (tests set it), not the one at start-up.
    now: () => deps.now(),
    stories: createStoryRepository(deps.db),
    stats: createStatsRepository(deps.db),
    /** The harvest's records, kept by the oai-records event handler (oai/keys.ts). */
    oai: createOaiRepository(deps.db),
  };
}

export type OpendataContext = ReturnType<typeof createOpendataContext>;
