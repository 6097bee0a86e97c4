import { nextCommentStatus } from '../../../../shared/moderation/comment-transitions';
import type { CommentDecisionInput } from '../../../../shared/schemas/moderation';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { fail, ok, type Result } from '../../core/result';
import { AccountErasedError, type AccountRepository } from '../../accounts/repository';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { CommentRepository, StoredComment } from '../../stories/comment-repository';
import type { StoryRepository } from '../../stories/repository';
import type { AuditRepository } from '../audit-repository';
import { canDecide } from '../permissions';

type Reason = 'not-found' | 'own-item' | 'conflict';

/**
 * A moderator approves a held comment, hides one, or restores a hidden one. The state change, the
 * counts that follow from it and the audit entry are one TransactWriteItems, conditional on the
 * status read: a second decision on the same comment is a conflict. No moderator decides on
 * their own comment.
 */
export async function decideComment(
  deps: {
    db: Db;
    stories: StoryRepository;
    comments: CommentRepository;
    audit: AuditRepository;
    accounts: AccountRepository;
    now: () => Date;
  },
  moderator: User,
  target: { storyId: string; commentId: string },
  input: CommentDecisionInput,
): Promise<Result<StoredComment, Reason>> {
  const [comment, story] = await Promise.all([
    deps.comments.get(target.storyId, target.commentId),
    deps.stories.get(target.storyId, true),
  ]);
  // A withdrawn story's comments leave the queues at withdrawal; one that joined a queue in the
  // very moment of it (posted or reported between the withdrawal's read and its write) can still
  // be settled here, so no queue keeps it.
  if (!comment || !story) return fail('not-found');
  if (!canDecide({ moderator, item: comment })) return fail('own-item');
  const reported = (comment.reportCount ?? 0) > 0 || comment.hiddenBy === 'reports';
  const to = nextCommentStatus(comment.status, input.decision, reported);
  if (!to) return fail('conflict');
  const at = deps.now().toISOString();
  const clearReports = reported && input.decision !== 'approve';
  try {
    await transactWrite(deps.db, {
      ...deps.comments.stateChangeItems(comment, {
        to,
        at,
        storyStatus: story.status,
        clearReports,
      }),
      audit: deps.audit.entryItem({
        entityType: 'comment',
        entityId: comment.id,
        storyId: comment.storyId,
        title: comment.body.slice(0, 80),
        decision: input.decision,
        reason: input.reason,
        fromStatus: comment.status,
        toStatus: to,
        submittedAt: comment.status === 'held' ? comment.createdAt : undefined,
        actorSub: moderator.sub,
        at,
      }),
      // A token from before the moderator's erasure must not name them in the log again.
      actor: deps.accounts.notErasedItem(moderator.sub),
    });
  } catch (error) {
    if (error instanceof TransactionConditionError && error.failed('actor'))
      throw new AccountErasedError();
    if (error instanceof TransactionConditionError) return fail('conflict');
    throw error;
  }
  return ok({ ...comment, status: to, reportCount: clearReports ? 0 : comment.reportCount });
}
