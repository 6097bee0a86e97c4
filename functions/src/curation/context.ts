import type { Db } from '../core/dynamo';
import { createAccessibilityFeedbackRepository } from './accessibility-feedback-repository';
import { createStoryRepository } from '../stories/repository';
import { createExhibitionRepository } from './exhibition-repository';
import { createCuratorNoticeRepository } from './curator-notice-repository';
import { createCallRepository } from './calls-repository';

/**
 * The curation context's repositories and command dependencies, built once by the composition
 * root. Stories are read and changed only through the stories repository.
 */
export function createCurationContext(deps: { db: Db; now: () => Date }) {
  return {
    db: deps.db,
    // Read at each call: the clock is the process's (tests set it), not the one at start-up.
    now: () => deps.now(),
    stories: createStoryRepository(deps.db),
    exhibitions: createExhibitionRepository(deps.db),
    calls: createCallRepository(deps.db),
    notices: createCuratorNoticeRepository(deps.db),
    feedback: createAccessibilityFeedbackRepository(deps.db),
  };
}

export type CurationContext = ReturnType<typeof createCurationContext>;
