import { mediaInputOf } from '../../../../shared/media-files';
import type { StoredMedia } from '../../../../shared/schemas/media';
import type { ZodError } from 'zod';
import {
  StoryInputSchema,
  type StoryInput,
  type StoryPatch,
} from '../../../../shared/schemas/story';
import type { AccountRepository } from '../../accounts/repository';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import { canEditStory, canSeeStory } from '../permissions';
import type { StoryRepository } from '../repository';
import { screenStory } from '../../../../shared/prescreen/screen-story';
import { isAuthor, type StoryRecord } from '../story-record';
import { consentChange, editedAnswers } from '../consent-ledger';
import type { MediaRefused } from '../media-problems';
import type { MediaLibrary } from '../ports';
import { attachMedia, refusedMedium } from '../story-media';

type Reason =
  | 'not-found'
  | 'forbidden'
  | 'not-editable'
  | 'conflict'
  | 'rate-limited'
  | { invalid: ZodError }
  | MediaRefused;

/**
 * The author changes a story a moderator has not accepted yet (pending, or changes requested); it
 * goes (back) into the queue as pending. The patch is merged and the whole story validated again,
 * so an edit can never leave a story the submission form would refuse. Only its author may edit
 * (`forbidden` for anyone else who can see it), and only in those statuses (`not-editable`: a
 * published, rejected, hidden or withdrawn story stays as it is). Edits count against the
 * author's hourly limit, in the same TransactWriteItems; an edit that changes a consent, the
 * licence or the terms version records it in the author's consent ledger there too. A patch with
 * `media` names the story's media anew: the media context attaches the new ones and releases
 * those left out, in the same transaction (an empty list clears them); without it they stay.
 */
export async function editStory(
  deps: {
    db: Db;
    stories: StoryRepository;
    accounts: AccountRepository;
    mediaLibrary: MediaLibrary;
    now: () => Date;
  },
  user: User,
  storyId: string,
  patch: StoryPatch,
): Promise<Result<StoryRecord, Reason>> {
  const story = await deps.stories.get(storyId, true);
  if (!story || !canSeeStory(story, user)) return fail('not-found');
  if (!canEditStory(story, user)) return fail(isAuthor(story, user) ? 'not-editable' : 'forbidden');
  // `null` in a patch clears an optional field (place, period).
  const cleared = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? undefined]));
  const merged = StoryInputSchema.safeParse({ ...pickInput(story), ...cleared });
  if (!merged.success) return { ok: false, reason: { invalid: merged.error } };
  const attached = patch.media
    ? await attachMedia(deps.mediaLibrary, user.sub, story.id, merged.data.media, story.media)
    : undefined;
  if (attached && !attached.ok) return attached;
  const media = attached ? attached.value.media : story.media;
  const now = deps.now();
  const at = now.toISOString();
  try {
    // Only a story not yet accepted can be edited: it never leaves publication here.
    await transactWrite(deps.db, {
      ...deps.stories.stateChangeItems(story, {
        to: 'pending',
        at,
        content: { ...everyField(merged.data, media), ...screenStory(merged.data) },
      }),
      rateLimit: rateLimitItem(deps.db.tableName, user.sub, 'edit', now),
      ledger: deps.accounts.consentEntryItems(
        user.sub,
        consentChange({ ...merged.data, id: story.id }, at, 'edit'),
        editedAnswers(story.consent, merged.data.consent),
      ),
      ...attached?.value.items,
    });
  } catch (error) {
    if (!(error instanceof TransactionConditionError)) throw error;
    if (error.failed('rateLimit')) return fail('rate-limited');
    const refused = refusedMedium(error);
    if (refused) return fail(refused);
    return fail('conflict');
  }
  const { media: _inputs, ...fields } = merged.data;
  return ok({
    ...story,
    ...fields,
    media: media?.length ? media : undefined,
    ...screenStory(merged.data),
    status: 'pending',
    updatedAt: at,
    submittedAt: story.status === 'pending' ? story.submittedAt : at,
    version: story.version + 1,
  });
}

const INPUT_FIELDS = [
  'title',
  'body',
  'language',
  'themes',
  'place',
  'period',
  'contentWarnings',
  'attribution',
  'consent',
] as const;

/**
 * Every input field, absent ones as `undefined`, so the update removes what the edit cleared; the
 * media as the media context measured them (none: removed).
 */
const everyField = (input: StoryInput, media: StoredMedia[] | undefined) => ({
  ...(Object.fromEntries(INPUT_FIELDS.map((field) => [field, input[field]])) as Partial<
    Omit<StoryInput, 'media'>
  >),
  media: media?.length ? media : undefined,
});

function pickInput(story: StoryRecord): StoryInput {
  const { title, body, language, themes, place, period, contentWarnings, attribution, consent } =
    story;
  const media = (story.media ?? []).map(mediaInputOf);
  return {
    ...{ title, body, language, themes, place, period, contentWarnings, attribution, consent },
    media,
  };
}
