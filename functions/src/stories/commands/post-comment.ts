import { commentBadge, type CommentInput } from '../../../../shared/schemas/comment';
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
import { commenterRelation, type CommenterRelation } from '../story-writes';

type Reason = 'not-found' | 'parent-not-found' | 'rate-limited' | 'display-name-required';

/** How often the profile is read again when its display name changed during the write. */
const NAME_ATTEMPTS = 3;
/** How often the story is read again when the commenter's relation to it was not as assumed. */
const RELATION_ATTEMPTS = 2;

/**
 * A comment or a one-level reply on a published story. Pre-screening decides: a flagged comment is
 * `held` for a moderator (visible only to its author and moderators) and not counted yet; any other
 * is published at once and counted on the story, its parent and its feed cards, in one
 * TransactWriteItems with the per-person rate limit.
 *
 * The comment's badge (DESIGN §10) is decided here and stored with it: `author` for the story's
 * author, else `museum` for a curator or researcher (the groups of the token), else none. The
 * author's own comment on an anonymous story carries no name, for anyone (moderators too): it is
 * stored without one. The write assumes the commenter is not the story's author and holds only
 * if that is so, so the common case still costs one request; when that is what failed, one read
 * tells how the commenter stands to the story and the comment is written again with the badge
 * and the name (or none) that follow.
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
  let relation: CommenterRelation = 'other';
  let relationAttempts = 0;
  for (let nameAttempt = 1; ;) {
    const authorName = relation === 'anonymous-author' ? null : displayName;
    const badge = commentBadge({ groups: user.groups, isStoryAuthor: relation !== 'other' });
    const record: CommentRecord = {
      id,
      storyId,
      parentId: input.parentId,
      body: input.body,
      authorSub: user.sub,
      authorName,
      status,
      ...(badge ? { badge } : {}),
      replyCount: 0,
      createdAt: at,
    };
    try {
      await transactWrite(deps.db, {
        comment: deps.comments.newCommentItem(record, {
          flags: flagKinds(flags),
          flagSpans: flags,
        }),
        story: deps.stories.commentCountItem(storyId, counted, { sub: user.sub, relation }),
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
        continue;
      }
      if (error.failed('story') && ++relationAttempts <= RELATION_ATTEMPTS) {
        const story = await deps.stories.get(storyId, true);
        if (story?.status === 'published') {
          const actual = commenterRelation(story, user.sub);
          if (actual !== relation) {
            relation = actual;
            continue;
          }
        }
      }
      if (error.failed('story')) return fail('not-found');
      if (error.failed('parent')) return fail('parent-not-found');
      if (error.failed('rateLimit')) return fail('rate-limited');
      throw error;
    }
  }
}
