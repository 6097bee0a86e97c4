import { createAccountRepository } from '../accounts/repository';
import type { Db } from '../core/dynamo';
import { createCommentRepository } from '../stories/comment-repository';
import type { MediaLibrary, StoryEffects } from '../stories/ports';
import { createStoryRepository } from '../stories/repository';
import { createAuditRepository } from './audit-repository';

/**
 * The moderation context's repositories and command dependencies, built once by the composition
 * root. Stories and comments are the stories context's, reached through its repositories; a story
 * a moderator hides leaves publication, so the stories port comes along; moderators see a story's
 * media before publication through the media context's port.
 */
export function createModerationContext(
  deps: { db: Db; now: () => Date; config?: { cursorSecret: string } },
  ports: { storyEffects: StoryEffects; mediaLibrary: MediaLibrary },
) {
  return {
    db: deps.db,
    // Read at each call: the clock is the process's (tests set it), not the one at start-up.
    now: () => deps.now(),
    stories: createStoryRepository(deps.db),
    comments: createCommentRepository(deps.db),
    audit: createAuditRepository(deps.db),
    accounts: createAccountRepository(deps.db, deps.config?.cursorSecret),
    storyEffects: ports.storyEffects,
    mediaLibrary: ports.mediaLibrary,
  };
}

export type ModerationContext = ReturnType<typeof createModerationContext>;
