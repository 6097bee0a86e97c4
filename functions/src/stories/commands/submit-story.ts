import type { StoryInput } from '../../../../shared/schemas/story';
import { AccountErasedError, type AccountRepository } from '../../accounts/repository';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { newId } from '../../core/ids';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { StoryRepository } from '../repository';
import { screenStory } from '../../../../shared/prescreen/screen-story';
import type { StoryRecord } from '../story-record';
import { consentChange, everyAnswer } from '../consent-ledger';

/** How often the profile is read again when its display name changed during the write. */
const NAME_ATTEMPTS = 3;

/**
 * A resident sends in a story; it waits for a moderator as `pending`. It carries the author's
 * display name from their profile (one GetItem; none chosen yet is `display-name-required`), then
 * one TransactWriteItems: the story, the person's pointer to it (so a later rename finds it), a
 * check that the name is still theirs, the hourly submission counter, and one consent-ledger entry
 * per use as the person answered it, and a check that the person has not started erasing their
 * account (an erasure lists their pointers before it deletes the profile: a story written in
 * between would keep their sub and name).
 */
export async function submitStory(
  deps: { db: Db; stories: StoryRepository; accounts: AccountRepository; now: () => Date },
  user: User,
  input: StoryInput,
): Promise<Result<StoryRecord, 'rate-limited' | 'display-name-required'>> {
  const now = deps.now();
  const at = now.toISOString();
  const id = newId(now);
  for (let attempt = 1; ; attempt++) {
    const authorName = (await deps.accounts.profile(user.sub))?.displayName;
    if (!authorName) return fail('display-name-required');
    const written = await writeStory(deps, user, input, { id, at, now, authorName });
    if (written.ok) return written;
    if (written.reason === 'rate-limited') return fail('rate-limited');
    if (attempt >= NAME_ATTEMPTS) throw new Error('The display name kept changing');
  }
}

async function writeStory(
  deps: { db: Db; stories: StoryRepository; accounts: AccountRepository },
  user: User,
  input: StoryInput,
  story: { id: string; at: string; now: Date; authorName: string },
): Promise<Result<StoryRecord, 'rate-limited' | 'renamed'>> {
  const { id, at, now, authorName } = story;
  // The media are attached by the media library's items in the same transaction (DESIGN §9).
  const { media: _media, ...fields } = input;
  const record: StoryRecord = {
    ...fields,
    id,
    status: 'pending',
    authorSub: user.sub,
    authorName,
    voteCount: 0,
    commentCount: 0,
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    ...screenStory(input),
    version: 1,
  };
  try {
    await transactWrite(deps.db, {
      story: deps.stories.newStoryItem(record),
      pointer: deps.accounts.contributionItem(user.sub, { kind: 'story', storyId: id }, at),
      name: deps.accounts.displayNameCheckItem(user.sub, authorName),
      rateLimit: rateLimitItem(deps.db.tableName, user.sub, 'story', now),
      consents: deps.accounts.consentEntryItems(
        user.sub,
        consentChange(record, at, 'submission'),
        everyAnswer(record.consent),
      ),
      erased: deps.accounts.notErasedItem(user.sub),
    });
  } catch (error) {
    if (error instanceof TransactionConditionError && error.failed('erased'))
      throw new AccountErasedError();
    if (error instanceof TransactionConditionError && error.failed('name')) return fail('renamed');
    if (error instanceof TransactionConditionError) return fail('rate-limited');
    throw error;
  }
  return ok(record);
}
