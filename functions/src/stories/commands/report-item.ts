import { REPORTS_TO_HIDE, type ReportInput } from '../../../../shared/schemas/comment';
import { AccountErasedError, type AccountRepository } from '../../accounts/repository';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite, type NamedItems } from '../../core/transact';
import { parseCommentId } from '../comment-keys';
import type { CommentRepository } from '../comment-repository';
import type { StoryEffects } from '../ports';
import type { ReportedItem, ReportRepository, ReportTarget } from '../report-repository';
import type { StoryRepository } from '../repository';

type Reason = 'not-found' | 'rate-limited';
const ATTEMPTS = 6;

type Deps = {
  db: Db;
  stories: StoryRepository;
  comments: CommentRepository;
  reports: ReportRepository;
  accounts: AccountRepository;
  storyEffects: StoryEffects;
  now: () => Date;
};

/**
 * A person reports a published story or comment. The report item (one per person and item), the
 * person's pointer to it and the item's report count change together; the count is read first and the write is conditional on it
 * (and, for a story, on its version), so the third report from different people is known exactly
 * and hides the item in the same transaction: a hidden story leaves the feeds and exhibitions it
 * was in when read; a hidden comment stops being counted. One GetItem and one TransactWriteItems.
 * Answers whether this report is new (a repeat changes nothing).
 */
export async function reportItem(
  deps: Deps,
  user: User,
  target: ReportTarget,
  input: ReportInput,
): Promise<Result<{ created: boolean }, Reason>> {
  const { storyId, commentId } = target;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const now = deps.now();
    const at = now.toISOString();
    const item = await deps.reports.get(target);
    if (!item || item.status !== 'published') return fail('not-found');
    const count = (item.reportCount as number | undefined) ?? 0;
    const hides = count + 1 >= REPORTS_TO_HIDE;
    const report = { sub: user.sub, reason: input.reason, note: input.note, at };
    try {
      await transactWrite(deps.db, {
        report: deps.reports.reportItem(target, item, report),
        pointer: deps.accounts.reportPointerItem(
          user.sub,
          { storyId, target: commentId ? String(item.id) : 'STORY' },
          at,
        ),
        count: deps.reports.countItem(target, item, {
          count,
          hides,
          at,
          reason: input.reason,
          note: input.note,
        }),
        ...(commentId
          ? commentEffects(deps, { storyId, commentId }, hides)
          : hides
            ? await storyEffects(deps, item, at)
            : {}),
        rateLimit: rateLimitItem(deps.db.tableName, user.sub, 'report', now),
        erased: deps.accounts.notErasedItem(user.sub),
      });
      return ok({ created: true });
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      if (error.failed('report')) return ok({ created: false });
      if (error.failed('rateLimit')) return fail('rate-limited');
      if (error.failed('erased')) throw new AccountErasedError();
      if (commentId && error.failed('story')) return fail('not-found');
      // The count or the story moved (another report, a decision, a curator): read again.
    }
  }
  throw new Error(`Report on ${storyId}/${commentId ?? 'story'} kept conflicting`);
}

/** A story hidden by reports leaves the feeds, the picks and every exhibition it is in. */
async function storyEffects(deps: Deps, story: ReportedItem, at: string): Promise<NamedItems> {
  const id = String(story.id);
  const snapshot = {
    id,
    title: String(story.title),
    exhibitionIds: story.exhibitionIds as Set<string> | undefined,
  };
  return {
    feed: deps.stories.feedDeleteItems(id),
    exhibitions: await deps.storyEffects.leftPublication(snapshot, { cause: 'reports', at }),
  };
}

/**
 * A comment can be reported only on a published story (the `story` item checks that); once
 * hidden it stops being counted on the story, its feed cards and its parent.
 */
function commentEffects(
  deps: Deps,
  target: { storyId: string; commentId: string },
  hides: boolean,
): NamedItems {
  if (!hides) return { story: deps.stories.publishedCheck(target.storyId) };
  // Its `story` item updates the story on the condition that it is published.
  const parentId = parseCommentId(target.commentId)?.parentId;
  return deps.comments.countItems({ storyId: target.storyId, parentId }, -1, 'published');
}
