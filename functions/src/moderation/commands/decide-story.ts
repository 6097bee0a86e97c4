import type { StoryDecisionInput } from '../../../../shared/schemas/moderation';
import type { User } from '../../core/auth';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { Db } from '../../core/dynamo';
import type { StoryRepository } from '../../stories/repository';
import type { StoryRecord } from '../../stories/story-record';
import type { AuditRepository } from '../audit-repository';
import { nextStoryStatus } from '../story-transitions';

type Reason = 'not-found' | 'conflict';

/**
 * A moderator decides on a story. The state change (conditional on the status and version read)
 * and the audit entry are one TransactWriteItems, so of two moderators deciding at once exactly
 * one wins and the other gets a conflict; no decision is ever lost or logged twice.
 */
export async function decideStory(
  deps: { db: Db; stories: StoryRepository; audit: AuditRepository; now: () => Date },
  moderator: User,
  storyId: string,
  input: StoryDecisionInput,
): Promise<Result<StoryRecord, Reason>> {
  const story = await deps.stories.get(storyId, true);
  if (!story || story.status === 'withdrawn') return fail('not-found');
  const to = nextStoryStatus(story.status, input.decision);
  if (!to) return fail('conflict');
  const at = deps.now().toISOString();
  const decision = { decision: input.decision, reason: input.reason, decidedAt: at };
  try {
    await transactWrite(deps.db, [
      ...deps.stories.stateChangeItems(story, { to, at, decision }),
      deps.audit.entryItem({
        entityType: 'story',
        entityId: story.id,
        decision: input.decision,
        reason: input.reason,
        fromStatus: story.status,
        toStatus: to,
        actorSub: moderator.sub,
        actorName: moderator.name,
        at,
      }),
    ]);
  } catch (error) {
    if (error instanceof TransactionConditionError) return fail('conflict');
    throw error;
  }
  return ok({
    ...story,
    status: to,
    updatedAt: at,
    publishedAt: to === 'published' ? (story.publishedAt ?? at) : story.publishedAt,
    lastDecision: decision,
    version: story.version + 1,
  });
}
