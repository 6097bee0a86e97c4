import type { ConsentPatch } from '../../../../shared/schemas/curation';
import type { AccountRepository } from '../../accounts/repository';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import { canSeeStory } from '../permissions';
import type { CommentRepository } from '../comment-repository';
import type { StoryEffects } from '../ports';
import type { StoryRepository } from '../repository';
import { isAuthor, type StoryRecord } from '../story-record';
import { consentChange } from '../consent-ledger';
import { withdrawStory } from './withdraw-story';

type Reason = 'not-found' | 'forbidden' | 'withdrawn' | 'conflict';
type Deps = {
  db: Db;
  stories: StoryRepository;
  comments: CommentRepository;
  accounts: AccountRepository;
  storyEffects: StoryEffects;
  now: () => Date;
};

/** A curator adding or removing the story moves its version; reading again settles it. */
const ATTEMPTS = 3;

/**
 * The author changes a consent at any time until withdrawal (DESIGN §6). The story's change and
 * what the StoryEffects port adds (withdrawn exhibition consent: out of every exhibition, kiosks
 * included, and the curators told; research: copied to the exhibition items) are one
 * TransactWriteItems conditional on the version read, so no exhibition added meanwhile can keep
 * it; so is one consent-ledger entry per use changed (granting again is a new entry). `online:
 * false` withdraws the story itself.
 */
export async function changeConsent(
  deps: Deps,
  user: User,
  storyId: string,
  patch: ConsentPatch,
): Promise<Result<StoryRecord, Reason>> {
  if (patch.online === false) return withdrawStory(deps, user, storyId);
  for (let attempt = 1; ; attempt++) {
    const story = await deps.stories.get(storyId, true);
    if (!story || !canSeeStory(story, user)) return fail('not-found');
    if (!isAuthor(story, user)) return fail('forbidden');
    if (story.status === 'withdrawn') return fail('withdrawn');
    const change: { exhibition?: boolean; research?: boolean } = {};
    for (const use of ['exhibition', 'research'] as const) {
      if (patch[use] !== undefined && patch[use] !== story.consent[use]) change[use] = patch[use];
    }
    if (Object.keys(change).length === 0) return ok(story);

    const at = deps.now().toISOString();
    const left = change.exhibition === false && !!story.exhibitionIds?.size;
    try {
      await transactWrite(deps.db, {
        story: deps.stories.consentChangeItem(story, { ...change, at }),
        effects: await deps.storyEffects.consentChanged(story, { ...change, at }),
        ledger: deps.accounts.consentEntryItems(
          user.sub,
          consentChange(story, at, 'change'),
          change,
        ),
      });
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      if (attempt < ATTEMPTS) continue;
      return fail('conflict');
    }
    return ok({
      ...story,
      consent: { ...story.consent, ...change },
      exhibitionIds: left ? undefined : story.exhibitionIds,
      updatedAt: at,
      version: story.version + 1,
    });
  }
}
