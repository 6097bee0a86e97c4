import type { CommentInput } from '../../../../shared/schemas/comment';
import { flagKinds, prescreen } from '../../../../shared/prescreen';
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

type Reason = 'not-found' | 'parent-not-found' | 'rate-limited';

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
 */
export async function postComment(
  deps: { db: Db; stories: StoryRepository; comments: CommentRepository; now: () => Date },
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
  let authorName: string | null = user.name;
  for (;;) {
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
        rateLimit: rateLimitItem(deps.db.tableName, user.sub, 'comment', now),
      });
      return ok(record);
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
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
