import { ERASED_SUB, type ErasureChoice } from '../../../../shared/schemas/account';
import { shortCodeOf } from '../../../../shared/short-link';
import type { AccountRepository, Contribution } from '../../accounts/repository';
import { deleteKeys, queryPartition } from '../../core/batch-delete';
import type { Db } from '../../core/dynamo';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { CommentRepository, StoredComment } from '../comment-repository';
import { parseCommentId } from '../comment-keys';
import { storyKeys } from '../keys';
import type { StoryEffects } from '../ports';
import { leavesPublication, type StoryRepository } from '../repository';
import type { StoryRecord } from '../story-record';

/** How often one item is read again when it changed between its read and the erasure's write. */
const ATTEMPTS = 6;
/** Stories (and comments) erased at the same time, so a long history does not take long. */
const PARALLEL = 8;

type Deps = {
  db: Db;
  stories: StoryRepository;
  comments: CommentRepository;
  accounts: AccountRepository;
  storyEffects: StoryEffects;
  now: () => Date;
};

export type AuthorErased = {
  stories: { deleted: number; anonymised: number };
  comments: { deleted: number; anonymised: number; emptied: number };
};

/**
 * A person erased their account (DESIGN §7): what becomes of everything they wrote, found through
 * their `WROTE#` pointers (the accounts context lists them; it deletes the pointers last).
 *
 * - A story that goes (`delete`, or any own story not published under `anonymise`) first leaves
 *   publication the way a withdrawal does (feed slots, pick, every exhibition with its count, and
 *   a curator notice), then its short link and every item of its partition go (others' comments,
 *   supports and reports on it, with those people's pointers to them), the story item last.
 * - A story kept under `anonymise` becomes anonymous with no link to the person: no sub, no name
 *   on the story, its feed cards, pick slot or exhibition items.
 * - A comment that goes is deleted with its counts; one that others replied to keeps its place for
 *   the thread with no author, name or text (the replies are theirs); one kept under `anonymise`
 *   (published) loses the sub and the name.
 *
 * Every step is conditional on what was read and idempotent, so an erasure that stopped half-way
 * is finished by running it again.
 */
export async function eraseAuthor(
  deps: Deps,
  sub: string,
  choice: ErasureChoice,
  contributions: Contribution[],
): Promise<AuthorErased> {
  const done: AuthorErased = {
    stories: { deleted: 0, anonymised: 0 },
    comments: { deleted: 0, anonymised: 0, emptied: 0 },
  };
  const storyIds = contributions.flatMap((ref) => (ref.kind === 'story' ? [ref.storyId] : []));
  await inParallel(storyIds, async (storyId) => {
    const outcome = await eraseStory(deps, sub, choice, storyId);
    if (outcome) done.stories[outcome]++;
  });
  // Replies before top-level comments: whether a comment must keep its place depends on the
  // replies left, and a reply's count change must find its parent still there.
  const comments = contributions.flatMap((ref) => (ref.kind === 'comment' ? [ref] : []));
  const isReply = (ref: { commentId: string }) => !!parseCommentId(ref.commentId)?.parentId;
  for (const group of [comments.filter(isReply), comments.filter((ref) => !isReply(ref))]) {
    await inParallel(group, async (ref) => {
      const outcome = await eraseComment(deps, sub, choice, ref);
      if (outcome) done.comments[outcome]++;
    });
  }
  return done;
}

async function inParallel<T>(items: T[], task: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += PARALLEL)
    await Promise.all(items.slice(i, i + PARALLEL).map(task));
}

async function eraseStory(
  deps: Deps,
  sub: string,
  choice: ErasureChoice,
  storyId: string,
): Promise<'deleted' | 'anonymised' | null> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const story = await deps.stories.get(storyId, true);
    // Gone already (an earlier run finished it), or no longer theirs (anonymised before).
    if (!story || story.authorSub !== sub) return null;
    const at = deps.now().toISOString();
    try {
      if (choice === 'anonymise' && story.status === 'published') {
        await transactWrite(deps.db, {
          ...deps.stories.anonymiseItems(story, ERASED_SUB),
          exhibitions: deps.storyEffects.authorAnonymised(story),
        });
        return 'anonymised';
      }
      if (leavesPublication(story.status, 'withdrawn')) {
        await transactWrite(deps.db, {
          ...deps.stories.stateChangeItems(story, { to: 'withdrawn', at }),
          effects: await deps.storyEffects.leftPublication(story, { cause: 'erased', at }),
        });
      }
      await deleteStoryPartition(deps, story);
      return 'deleted';
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      // The story changed since it was read (a decision, a curator, a vote): read it again.
    }
  }
  throw new Error(`Story ${storyId} kept changing while its author's account was being erased`);
}

/**
 * Every item of an unpublished story's partition, and the pointers of the people whose items they
 * are: the short link first, the story item last (so a repeated run still finds the story).
 */
async function deleteStoryPartition(deps: Deps, story: StoryRecord) {
  const items = await queryPartition(deps.db, storyKeys.partition(story.id), {
    projection: ['pk', 'sk', 'entity', 'id', 'authorSub', 'sub', 'storyId', 'commentId'],
  });
  const keys: Record<string, unknown>[] = [storyKeys.shortLink(shortCodeOf(story.id), story.id)];
  for (const item of items) {
    if (item.sk === storyKeys.story(story.id).sk) continue;
    keys.push({ pk: item.pk, sk: item.sk });
    const pointer = othersPointer(deps.accounts, story.id, item);
    if (pointer) keys.push(pointer);
  }
  await deleteKeys(deps.db, keys);
  await transactWrite(deps.db, { story: deps.stories.deleteStoryItem(story.id) });
}

/** The pointer from a person to their item in a deleted story's partition, if it has one. */
function othersPointer(
  accounts: AccountRepository,
  storyId: string,
  item: Record<string, unknown>,
) {
  const owner = typeof item.authorSub === 'string' ? item.authorSub : undefined;
  if (item.entity === 'comment' && owner && owner !== ERASED_SUB)
    return accounts.contributionKey(owner, {
      kind: 'comment',
      storyId,
      commentId: String(item.id),
    });
  if (item.entity === 'vote' && typeof item.sub === 'string')
    return accounts.supportKey(item.sub, storyId);
  if (item.entity === 'report' && typeof item.sub === 'string')
    return accounts.reportKey(item.sub, {
      storyId,
      target: typeof item.commentId === 'string' ? String(item.commentId) : 'STORY',
    });
  return null;
}

async function eraseComment(
  deps: Deps,
  sub: string,
  choice: ErasureChoice,
  ref: { storyId: string; commentId: string },
): Promise<'deleted' | 'anonymised' | 'emptied' | null> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const comment = await deps.comments.get(ref.storyId, ref.commentId);
    if (!comment || comment.authorSub !== sub) return null;
    try {
      if (choice === 'anonymise' && comment.status === 'published') {
        await transactWrite(deps.db, { comment: deps.comments.anonymiseItem(comment, ERASED_SUB) });
        return 'anonymised';
      }
      await deleteReportsOn(deps, comment);
      const others = comment.parentId
        ? []
        : (await deps.comments.replyAuthors(comment.storyId, comment.id)).filter((s) => s !== sub);
      if (others.length > 0) {
        await transactWrite(deps.db, { comment: deps.comments.emptyItem(comment, ERASED_SUB) });
        return 'emptied';
      }
      const story = await deps.stories.get(comment.storyId, true);
      await transactWrite(deps.db, deps.comments.deleteItems(comment, story?.status ?? null));
      return 'deleted';
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      // The comment or its story changed since they were read: read them again.
    }
  }
  throw new Error(`Comment ${ref.commentId} kept changing while its author was being erased`);
}

/** Others' reports on a comment that goes or is emptied, with their pointers to them. */
async function deleteReportsOn(deps: Deps, comment: StoredComment) {
  const reports = await queryPartition(deps.db, storyKeys.partition(comment.storyId), {
    prefix: storyKeys.report(comment.storyId, comment.id, '').sk,
    projection: ['pk', 'sk', 'sub'],
  });
  const keys = reports.flatMap((report) => [
    { pk: report.pk, sk: report.sk },
    ...(typeof report.sub === 'string'
      ? [deps.accounts.reportKey(report.sub, { storyId: comment.storyId, target: comment.id })]
      : []),
  ]);
  await deleteKeys(deps.db, keys);
}
