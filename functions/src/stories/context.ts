import { createAccountRepository } from '../accounts/repository';
import type { Db } from '../core/dynamo';
import { createCommentRepository } from './comment-repository';
import type { CallsForStories, MediaLibrary, StoryEffects } from './ports';
import { createReportRepository } from './report-repository';
import { createStoryRepository } from './repository';
import { createVoteRepository } from './vote-repository';

/**
 * The stories context's repositories and command dependencies, built once per process by the
 * composition root and handed to the routes (and the seed) as one object. `storyEffects` is the
 * port other contexts implement (./ports).
 */
export function createStoriesContext(
  deps: { db: Db; now: () => Date; config?: { cursorSecret: string } },
  ports: { storyEffects: StoryEffects; mediaLibrary: MediaLibrary; calls: CallsForStories },
) {
  return {
    db: deps.db,
    // Read at each call: the clock is the process's (tests set it), not the one at start-up.
    now: () => deps.now(),
    stories: createStoryRepository(deps.db),
    comments: createCommentRepository(deps.db),
    votes: createVoteRepository(deps.db),
    reports: createReportRepository(deps.db),
    /** The accounts context's profiles: the display name every story and comment carries. */
    accounts: createAccountRepository(deps.db, deps.config?.cursorSecret),
    /** The curation context's calls for stories: a story may answer one while it is open. */
    calls: ports.calls,
    storyEffects: ports.storyEffects,
    mediaLibrary: ports.mediaLibrary,
  };
}

export type StoriesContext = ReturnType<typeof createStoriesContext>;
