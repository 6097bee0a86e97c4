import type { StoredMedia } from '../../../../shared/schemas/media';
import type { StoryInput } from '../../../../shared/schemas/story';
import { AccountErasedError, type AccountRepository } from '../../accounts/repository';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import type { StoryCall } from '../../../../shared/schemas/story';
import { newId } from '../../core/ids';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite, type NamedItems } from '../../core/transact';
import type { MediaRefused } from '../media-problems';
import type { CallRefused, CallsForStories, MediaLibrary } from '../ports';
import type { StoryRepository } from '../repository';
import { screenStory } from '../../../../shared/prescreen/screen-story';
import type { StoryRecord } from '../story-record';
import { consentChange, everyAnswer } from '../consent-ledger';
import { attachMedia, refusedMedium } from '../story-media';

type Deps = {
  db: Db;
  calls: CallsForStories;
  stories: StoryRepository;
  accounts: AccountRepository;
  mediaLibrary: MediaLibrary;
  now: () => Date;
};
type Attached = { media: StoredMedia[]; items: NamedItems };
type Refused = 'rate-limited' | 'display-name-required' | MediaRefused | CallRefused;

/** How often the profile is read again when its display name changed during the write. */
const NAME_ATTEMPTS = 3;

/**
 * A resident sends in a story; it waits for a moderator as `pending`. It carries the author's
 * display name from their profile (one GetItem; none chosen yet is `display-name-required`), then
 * one TransactWriteItems: the story, the person's pointer to it (so a later rename finds it), a
 * check that the name is still theirs, the hourly submission counter, and one consent-ledger entry
 * per use as the person answered it, and a check that the person has not started erasing their
 * account (an erasure lists their pointers before it deletes the profile: a story written in
 * between would keep their sub and name). The photos and recording the story names must be the
 * author's own processed uploads: the media context's items attach them in the same transaction
 * (DESIGN §9), or the story is refused with the medium it cannot take (`MediaRefused`).
 */
export async function submitStory(
  deps: Deps,
  user: User,
  input: StoryInput,
): Promise<Result<StoryRecord, Refused>> {
  const now = deps.now();
  const at = now.toISOString();
  const id = newId(now);
  const call = input.callId ? await deps.calls.answerable(input.callId, now) : undefined;
  if (call && !call.ok) return call;
  let attached: Attached | undefined;
  for (let attempt = 1; ; attempt++) {
    const authorName = (await deps.accounts.profile(user.sub))?.displayName;
    if (!authorName) return fail('display-name-required');
    if (!attached) {
      const media = await attachMedia(deps.mediaLibrary, user.sub, id, input.media);
      if (!media.ok) return media;
      attached = media.value;
    }
    const written = await writeStory(deps, user, input, attached, {
      id,
      at,
      now,
      authorName,
      call: call?.value,
    });
    if (written.ok) return written;
    if (written.reason === 'rate-limited') return fail('rate-limited');
    if (written.reason !== 'renamed') return fail(written.reason);
    if (attempt >= NAME_ATTEMPTS) throw new Error('The display name kept changing');
  }
}

async function writeStory(
  deps: Deps,
  user: User,
  input: StoryInput,
  attached: Attached,
  story: { id: string; at: string; now: Date; authorName: string; call?: StoryCall },
): Promise<Result<StoryRecord, 'rate-limited' | 'renamed' | MediaRefused | CallRefused>> {
  const { id, at, now, authorName, call } = story;
  const { media: _inputs, callId: _callId, ...fields } = input;
  const record: StoryRecord = {
    ...fields,
    ...(call ? { call } : {}),
    ...(attached.media.length ? { media: attached.media } : {}),
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
      ...(call ? { call: deps.calls.openCheckItem(call.id, at) } : {}),
      ...attached.items,
    });
  } catch (error) {
    if (error instanceof TransactionConditionError && error.failed('erased'))
      throw new AccountErasedError();
    const refused = error instanceof TransactionConditionError && refusedMedium(error);
    if (refused) return fail(refused);
    if (error instanceof TransactionConditionError && error.failed('name')) return fail('renamed');
    // The call closed (or went back to draft) between the read and the write.
    if (error instanceof TransactionConditionError && error.failed('call'))
      return fail({ callNotOpen: 'closed' });
    if (error instanceof TransactionConditionError) return fail('rate-limited');
    throw error;
  }
  return ok(record);
}
