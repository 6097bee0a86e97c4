import { createAccountRepository } from '../accounts/repository';
import type { Config } from '../core/config';
import type { Db } from '../core/dynamo';
import type { MediaBucket } from '../core/s3';
import { createMediaRepository } from './repository';

/**
 * The media context's repository, bucket and settings, built once per process by the composition
 * root and handed to the routes (and the seed) as one object.
 */
export function createMediaContext(deps: {
  db: Db;
  media: MediaBucket;
  now: () => Date;
  config: Pick<Config, 'malwareScan' | 'cursorSecret'>;
}) {
  return {
    db: deps.db,
    bucket: deps.media,
    // Read at each call: the clock is the process's (tests set it), not the one at start-up.
    now: () => deps.now(),
    media: createMediaRepository(deps.db),
    /** Only for the check that the person has not started erasing their account. */
    accounts: createAccountRepository(deps.db, deps.config.cursorSecret),
    malwareScan: deps.config.malwareScan,
  };
}

export type MediaContext = ReturnType<typeof createMediaContext>;
