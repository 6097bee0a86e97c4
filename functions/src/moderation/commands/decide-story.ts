import { ERASED_SUB } from '../../../../shared/schemas/account';
import { lacksTranscript, nextStoryStatus } from '../../../../shared/moderation/story-transitions';
import type { StoryDecisionInput } from '../../../../shared/schemas/moderation';
import { AccountErasedError, type AccountRepository } from '../../accounts/repository';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { StoryEffects } from '../../stories/ports';
import { leavesPublication, type StoryRepository } from '../../stories/repository';
import type { StoryRecord } from '../../stories/story-record';
import type { AuditRepository } from '../audit-repository';
import { canDecide } from '../permissions';

type Reason = 'not-found' | 'own-item' | 'conflict' | 'transcript-required';
export type DecisionDeps = {
  db: Db;
  stories: StoryRepository;
  audit: AuditRepository;
  accounts: AccountRepository;
  storyEffects: StoryEffects;
  now: () => Date;
};

/**
 * A moderator decides on a story. The state change (conditional on the status and version read),
 * the audit entry and the author's unseen-decision count are one TransactWriteItems, so of two
 * moderators deciding at once exactly one wins and the other gets a conflict; no decision is ever
 * lost or logged twice. Hiding a published story adds what the StoryEffects port asks for (it
 * leaves every exhibition) to the same transaction. No moderator decides on their own story.
 * The decision also holds only while the moderator has not erased their account: a token from
 * before an admin took their role can outlive the erasure, and its entry would name them for good.
 * A story with a recording is published only once the recording has a transcript.
 */
export async function decideStory(
  deps: DecisionDeps,
  moderator: User,
  storyId: string,
  input: StoryDecisionInput,
): Promise<Result<StoryRecord, Reason>> {
  const story = await deps.stories.get(storyId, true);
  if (!story || story.status === 'withdrawn') return fail('not-found');
  if (!canDecide({ moderator, item: story })) return fail('own-item');
  const reported = (story.reportCount ?? 0) > 0 || story.hiddenBy === 'reports';
  const to = nextStoryStatus(story.status, input.decision, reported);
  if (!to) return fail('conflict');
  if (to === 'published' && story.status !== 'published' && lacksTranscript(story.media))
    return fail('transcript-required');
  const at = deps.now().toISOString();
  const decision = { decision: input.decision, reason: input.reason, decidedAt: at };
  const clearReports = reported && (input.decision === 'hide' || input.decision === 'restore');
  try {
    await transactWrite(deps.db, {
      ...deps.stories.stateChangeItems(story, {
        to,
        at,
        decision,
        clearReports,
        reviewedText: reviewedTextAfter(story, input.decision, at),
      }),
      effects: leavesPublication(story.status, to)
        ? await deps.storyEffects.leftPublication(story, { cause: 'hidden', at })
        : undefined,
      audit: deps.audit.entryItem({
        entityType: 'story',
        entityId: story.id,
        title: story.title,
        decision: input.decision,
        reason: input.reason,
        fromStatus: story.status,
        toStatus: to,
        submittedAt: story.status === 'pending' ? story.submittedAt : undefined,
        actorSub: moderator.sub,
        at,
      }),
      // An anonymised story's author erased their account: nobody is left to tell.
      authorNotice:
        story.authorSub === ERASED_SUB
          ? undefined
          : deps.accounts.decisionNoticeItem(story.authorSub),
      actor: deps.accounts.notErasedItem(moderator.sub),
    });
  } catch (error) {
    if (error instanceof TransactionConditionError && error.failed('actor'))
      throw new AccountErasedError();
    if (error instanceof TransactionConditionError) return fail('conflict');
    throw error;
  }
  return ok({
    ...story,
    status: to,
    updatedAt: at,
    publishedAt: to === 'published' ? (story.publishedAt ?? at) : story.publishedAt,
    lastDecision: decision,
    reportCount: clearReports ? 0 : story.reportCount,
    version: story.version + 1,
  });
}

/**
 * Asking for changes keeps the title and body the moderator saw, so the resubmission can be
 * compared with them; approving or rejecting forgets them; hide and restore leave them be.
 */
function reviewedTextAfter(
  story: StoryRecord,
  decision: StoryDecisionInput['decision'],
  at: string,
) {
  if (decision === 'request-changes') return { title: story.title, body: story.body, at };
  return decision === 'approve' || decision === 'reject' ? null : undefined;
}
