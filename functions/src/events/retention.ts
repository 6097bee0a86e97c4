import { accountKeys, toContribution } from '../accounts/repository';
import type { Db } from '../core/dynamo';
import type { Logger } from '../core/logger';
import { expiresAtAfter } from '../core/retention';
import { TransactionConditionError, transactWrite } from '../core/transact';
import { createAuditRepository } from '../moderation/audit-repository';
import { createCommentRepository } from '../stories/comment-repository';
import { createStoryRepository } from '../stories/repository';
import { storyKeys } from '../stories/keys';
import type { ChangeRecord, EventHandler } from './change-record';

export type RetentionDeps = { db: Db; log?: Logger };

/** Entries per TransactWriteItems: two items each (excerpt, entry), 100 at most. */
const ENTRIES_PER_TRANSACTION = 50;
/** A run that meets a concurrent one (its condition fails) reads again; this often at most. */
const ATTEMPTS = 3;

/**
 * What one change takes out of view, whose log entries must lose their titles; or a comment
 * decided on after all, whose story may be withdrawn (`onStory`: then its entry goes too).
 */
type Gone = { storyId: string } | { commentId: string; onStory?: string };

const isCommentKey = (sk: string) =>
  sk.startsWith(storyKeys.commentPrefix) || sk.startsWith(storyKeys.allRepliesPrefix);
const storySk = storyKeys.story('-').sk;

/**
 * The story or comment a change takes out of view, if any: a story withdrawn (its item modified
 * into `withdrawn`) or deleted (erasure), a comment deleted, or the pointer from an erased person
 * to a comment they wrote deleted (erasure, whether it deletes or anonymises the comment); and a
 * decision on a comment, in case its story was withdrawn before it.
 */
export function goneWith(change: ChangeRecord): Gone | null {
  const { pk, sk } = change.keys;
  const old = change.oldImage ?? {};
  if (sk === storySk && pk.startsWith(storyKeys.partition(''))) {
    const storyId = String(
      old.id ?? change.newImage?.id ?? pk.slice(storyKeys.partition('').length),
    );
    if (change.eventName === 'REMOVE') return { storyId };
    const withdrawn =
      change.eventName === 'MODIFY' &&
      change.newImage?.status === 'withdrawn' &&
      old.status !== 'withdrawn';
    return withdrawn ? { storyId } : null;
  }
  if (change.eventName === 'INSERT' && isLateCommentDecision(change.newImage)) {
    // A comment that joined a queue in the very moment of its story's withdrawal can still be
    // decided on (decide-comment.ts): its entry is written after the withdrawal moved the rest.
    const entry = change.newImage!;
    return { commentId: String(entry.entityId), onStory: String(entry.storyId) };
  }
  if (change.eventName !== 'REMOVE') return null;
  if (isCommentKey(sk) && typeof old.id === 'string') return { commentId: old.id };
  if (pk.startsWith(accountKeys.partition('')) && sk.startsWith(accountKeys.contributionPrefix)) {
    const ref = toContribution(sk);
    return ref?.kind === 'comment' ? { commentId: ref.commentId } : null;
  }
  return null;
}

const isLateCommentDecision = (entry: Record<string, unknown> | undefined) =>
  entry?.entity === 'audit' &&
  entry.entityType === 'comment' &&
  typeof entry.storyId === 'string' &&
  typeof entry.title === 'string';

/**
 * Moves the titles of an entity's audit entries (a story's title, a comment's beginning) into
 * excerpt items that expire at `expiresAt` (epoch seconds); the entries keep the decision. Safe to
 * run again: an entry without a title is left alone. Returns how many titles moved.
 */
export async function forgetTitles(
  deps: RetentionDeps,
  entityId: string,
  expiresAt: number,
): Promise<number> {
  const audit = createAuditRepository(deps.db);
  for (let attempt = 1; ; attempt++) {
    const entries = await audit.titledEntries(entityId);
    try {
      for (let i = 0; i < entries.length; i += ENTRIES_PER_TRANSACTION) {
        const chunk = entries.slice(i, i + ENTRIES_PER_TRANSACTION);
        await transactWrite(deps.db, {
          titles: chunk.flatMap((entry) => audit.titleToExcerptItems(entityId, entry, expiresAt)),
        });
      }
      return entries.length;
    } catch (error) {
      // Another run moved (or a decision changed) an entry in between: read again.
      if (!(error instanceof TransactionConditionError) || attempt >= ATTEMPTS) throw error;
    }
  }
}

/**
 * Everything a gone story takes with it from the log: its own entries' titles and those of its
 * comments a moderator decided on (the ones still in its partition; comments deleted with it
 * come as changes of their own).
 */
export async function forgetStoryTitles(
  deps: RetentionDeps,
  storyId: string,
  expiresAt: number,
): Promise<number> {
  const commentIds = await createCommentRepository(deps.db).decidedIds(storyId);
  let moved = 0;
  for (const entityId of [storyId, ...commentIds])
    moved += await forgetTitles(deps, entityId, expiresAt);
  return moved;
}

/**
 * The retention handler (README, "What we keep, and for how long"): when a story is withdrawn or
 * erased, or a comment erased, the moderation log keeps its decisions but its titles move into
 * excerpts that expire 90 days after the change. Idempotent: a redelivered change finds nothing
 * left to move. Register it with the catalogue's `retention` entry.
 */
export function createRetentionHandler(deps: RetentionDeps): EventHandler {
  return async (changes) => {
    const done = new Set<string>();
    for (const change of changes) {
      const gone = goneWith(change);
      if (!gone) continue;
      const id = 'storyId' in gone ? `story:${gone.storyId}` : `comment:${gone.commentId}`;
      if (done.has(id)) continue;
      if ('onStory' in gone && gone.onStory) {
        const story = await createStoryRepository(deps.db).get(gone.onStory, true);
        if (story?.status !== 'withdrawn') continue;
      }
      done.add(id);
      const expiresAt = expiresAtAfter(change.at);
      const moved =
        'storyId' in gone
          ? await forgetStoryTitles(deps, gone.storyId, expiresAt)
          : await forgetTitles(deps, gone.commentId, expiresAt);
      if (moved > 0) deps.log?.info('audit titles moved to expiring excerpts', { id, moved });
    }
  };
}
