import type { CommentInput } from '../../../../shared/schemas/comment';
import { flagKinds, prescreen } from '../../../../shared/prescreen';
import { AccountErasedError, type AccountRepository } from '../../accounts/repository';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { newId } from '../../core/ids';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import { parseCommentId } from '../comment-keys';
import type { CommentRecord } from '../comment-record';
import type { CommentRepository } from '../comment-repository';
import type { StoryRepository } from '../repository';

type Reason = 'not-found' | 'parent-not-found' | 'rate-limited' | 'display-name-required';

/** How often the profile is read again when its display name changed during the write. */
const NAME_ATTEMPTS = 3;

/**
 * A comment or a one-level reply on a published story. Pre-screening decides: a flagged comment is
 * `held` for a moderator (visible only to its author and moderators) and not counted yet; any other
 * is published at once and counted on the story, its parent and its feed cards, in one
 * TransactWriteItems with the per-person rate limit.
 *
 * The author's own comment on an anonymous story carries no name, for anyone (moderators too):
 * it is stored without one. The write that carries a name holds only if the story is not an
 * anonymous one by the commenter, so the common case still costs one request; when that is
 * what failed, one read explains it and the comment is written again without the name.
 *
 * The name is the commenter's display name from their profile (one GetItem before the write;
 * none chosen yet is `display-name-required`). The write also puts the person's pointer to the
 * comment (so a later rename finds it) and checks that the name is still theirs, and that the
 * person has not started erasing their account: an erasure lists the pointers early and deletes
 * the profile last, so a comment written in between would keep their sub and name for good.
 */
export async function postComment(
  deps: {
    db: Db;
    stories: StoryRepository;
    comments: CommentRepository;
    accounts: AccountRepository;
    now: () => Date;
  },
  user: User,
  storyId: string,
  input: CommentInput,
): Promise<Result<CommentRecord, Reason>> {
  const now = deps.now();
  const at = now.toISOString();
  const flags = prescreen(input.body);
  const status = flags.length > 0 ? 'held' : 'published';
  const counted = status === 'published' ? 1 : 0;
  // Replies go one level deep: the parent must be a top-level comment id.
  const parent = input.parentId ? parseCommentId(input.parentId) : undefined;
  if (parent === null || parent?.parentId) return fail('parent-not-found');
  const id = input.parentId ? `${input.parentId}-${newId(now)}` : newId(now);
  let displayName = (await deps.accounts.profile(user.sub))?.displayName;
  if (!displayName) return fail('display-name-required');
  let authorName: string | null = displayName;
  for (let nameAttempt = 1; ;) {
    const record: CommentRecord = {
      id,
      storyId,
      parentId: input.parentId,
      body: input.body,
      authorSub: user.sub,
      authorName,
      status,
      replyCount: 0,
      createdAt: at,
    };
    try {
      await transactWrite(deps.db, {
        comment: deps.comments.newCommentItem(record, {
          flags: flagKinds(flags),
          flagSpans: flags,
        }),
        story: deps.stories.commentCountItem(storyId, counted, authorName ? user.sub : undefined),
        parent: input.parentId
          ? deps.comments.replyCountItem(storyId, input.parentId, counted)
          : undefined,
        feed: deps.stories.feedCounterItems(storyId, { comments: counted }),
        pointer: deps.accounts.contributionItem(
          user.sub,
          { kind: 'comment', storyId, commentId: id },
          at,
        ),
        name: deps.accounts.displayNameCheckItem(user.sub, displayName),
        rateLimit: rateLimitItem(deps.db.tableName, user.sub, 'comment', now),
        erased: deps.accounts.notErasedItem(user.sub),
      });
      return ok(record);
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      if (error.failed('erased')) throw new AccountErasedError();
      if (error.failed('name')) {
        // Renamed in the meantime: write the comment under the new name.
        if (++nameAttempt > NAME_ATTEMPTS) throw new Error('The display name kept changing');
        displayName = (await deps.accounts.profile(user.sub))?.displayName;
        if (!displayName) return fail('display-name-required');
        if (authorName !== null) authorName = displayName;
        continue;
      }
      if (error.failed('story') && authorName !== null) {
        const story = await deps.stories.get(storyId, true);
        const ownAnonymous =
          story?.status === 'published' &&
          story.attribution === 'anonymous' &&
          story.authorSub === user.sub;
        if (ownAnonymous) {
          authorName = null;
          continue;
        }
      }
      if (error.failed('story')) return fail('not-found');
      if (error.failed('parent')) return fail('parent-not-found');
      if (error.failed('rateLimit')) return fail('rate-limited');
      throw error;
    }
  }
}
