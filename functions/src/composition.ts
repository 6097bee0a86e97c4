import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { AdminContext } from './accounts/admin-routes';
import type { PersonalDataContext } from './accounts/commands/export-personal-data';
import { createAccountsContext } from './accounts/context';
import {
  createCognitoDirectory,
  createLocalDirectory,
  type IdentityDirectory,
} from './accounts/identity-directory';
import type { Config } from './core/config';
import type { DisplayNameCopies, PersonErasure } from './accounts/ports';
import { ERASED_SUB } from '../../shared/schemas/account';
import { eraseCurator } from './curation/commands/erase-curator';
import { createNotesRepository } from './moderation/notes-repository';
import { eraseAuthor } from './stories/commands/erase-author';
import { withdrawReports, withdrawSupports } from './stories/commands/erase-interactions';
import type { Deps } from './core/deps';
import { createCurationContext } from './curation/context';
import { createExhibitionRepository } from './curation/exhibition-repository';
import { createCuratorNoticeRepository } from './curation/curator-notice-repository';
import { createStoryEffects } from './curation/story-effects';
import { createCallRepository } from './curation/calls-repository';
import { createCallsForStories } from './curation/calls-for-stories';
import { createModerationContext } from './moderation/context';
import { renameAuthor } from './stories/commands/rename-author';
import { createStoriesContext } from './stories/context';
import { createPersonalRecords } from './stories/personal-records';
import type { CallsForStories, MediaLibrary, StoryEffects } from './stories/ports';
import { createMediaLibrary } from './media/library';
import { createMediaContext } from './media/context';
import { createPersonalMedia } from './media/personal-media';
import { createOpendataContext } from './opendata/context';

/*
 * The composition root: every context's repositories and command dependencies, and the one place
 * where a port meets its implementation. The local app (./all-contexts) and each Lambda entry
 * build their contexts here, so all of them wire the same way. No routes are imported: a Lambda
 * bundle holds only its own context's routes.
 */

/** The stories port, implemented by curation (stories never imports curation). */
export function storyEffectsOf(deps: Pick<Deps, 'db'>): StoryEffects {
  return createStoryEffects({
    exhibitions: createExhibitionRepository(deps.db),
    notices: createCuratorNoticeRepository(deps.db),
  });
}

/** The stories port for calls for stories, implemented by curation, whose calls they are. */
export const callsForStoriesOf = (deps: Pick<Deps, 'db'>): CallsForStories =>
  createCallsForStories(createCallRepository(deps.db));

/**
 * What the contexts are built from: the table, the clock, and the deployment's secret (for the
 * key of an erased person's tombstone; the local default without a config).
 */
type ContextDeps = Pick<Deps, 'db' | 'now'> &
  Partial<Pick<Deps, 'media'>> & { config?: Pick<Config, 'cursorSecret'> };

/**
 * The stories port for photos and recordings, implemented by the media context. A process
 * without the media bucket (a migration that renames authors) gets one that says so if asked.
 */
export const mediaLibraryOf = (deps: ContextDeps): MediaLibrary =>
  deps.media ? createMediaLibrary(deps.db, deps.media, deps.now) : WITHOUT_MEDIA;

const WITHOUT_MEDIA: MediaLibrary = {
  attach: () => Promise.reject(new Error('This process has no media bucket')),
  signed: (media) =>
    media?.length
      ? Promise.reject(new Error('This process has no media bucket'))
      : Promise.resolve([]),
};

export const storiesContextOf = (deps: ContextDeps) =>
  createStoriesContext(deps, {
    storyEffects: storyEffectsOf(deps),
    mediaLibrary: mediaLibraryOf(deps),
    calls: callsForStoriesOf(deps),
  });

export const moderationContextOf = (deps: ContextDeps) =>
  createModerationContext(deps, {
    storyEffects: storyEffectsOf(deps),
    mediaLibrary: mediaLibraryOf(deps),
  });

export const curationContextOf = (deps: ContextDeps) => createCurationContext(deps);

/** The media context: uploads and their processing (DESIGN §9). */
export const mediaContextOf = (deps: Pick<Deps, 'db' | 'now' | 'media' | 'config'>) =>
  createMediaContext(deps);

/** The opendata context: research exports, public statistics, harvesting (DESIGN §10). */
export const opendataContextOf = (deps: ContextDeps) => createOpendataContext(deps);

/** The accounts port, implemented by stories: a new display name shown on what the person wrote. */
export function nameCopiesOf(deps: ContextDeps): DisplayNameCopies {
  const stories = storiesContextOf(deps);
  return {
    async renamed(sub, name, contributions) {
      await renameAuthor(stories, sub, name, contributions);
    },
  };
}

/**
 * The accounts port for an erasure: stories deletes or anonymises what the person wrote and
 * withdraws their supports and reports; moderation and curation forget a former staff member.
 */
export function personErasureOf(deps: ContextDeps): PersonErasure {
  const stories = storiesContextOf(deps);
  const moderation = moderationContextOf(deps);
  const curation = curationContextOf(deps);
  const notes = createNotesRepository(deps.db);
  return {
    contributions: (sub, choice, contributions) => eraseAuthor(stories, sub, choice, contributions),
    supports: (sub, storyIds) => withdrawSupports(stories, sub, storyIds),
    reports: (sub, reports) => withdrawReports(stories, sub, reports),
    async staffRecords(sub) {
      const decisions = await moderation.audit.eraseActor(sub, ERASED_SUB);
      const notesChanged = await notes.eraseAuthor(sub, ERASED_SUB);
      return decisions + notesChanged + (await eraseCurator(curation, sub, ERASED_SUB));
    },
  };
}

/** With the configuration, the context also reaches the identity provider (the profile's locale). */
export const accountsContextOf = (deps: ContextDeps & Partial<Pick<Deps, 'config'>>) =>
  createAccountsContext(deps, {
    nameCopies: nameCopiesOf(deps),
    erasure: personErasureOf(deps),
    directory: deps.config ? identityDirectoryOf(deps.config) : null,
  });

/**
 * The identity provider's people, chosen by configuration: the user pool's admin APIs on AWS, the
 * local provider's admin endpoints locally, or none (the admin routes then say so with a 409).
 */
export function identityDirectoryOf(config: Config): IdentityDirectory | null {
  if (config.userPoolId) {
    const client = new CognitoIdentityProviderClient({ region: config.awsRegion });
    return createCognitoDirectory(config.userPoolId, client);
  }
  if (config.localAuthAdmin) {
    return createLocalDirectory(config.localAuthAdmin.url, config.localAuthAdmin.key);
  }
  return null;
}

/** The admins' part of accounts: the directory's people, with the display names of their profiles. */
export function adminContextOf(deps: ContextDeps & Pick<Deps, 'config'>): AdminContext {
  const { accounts } = accountsContextOf(deps);
  return {
    directory: identityDirectoryOf(deps.config),
    displayNameOf: async (sub) => (await accounts.profile(sub, false))?.displayName ?? null,
  };
}

/**
 * The export's part of accounts (GDPR Art. 15, 20): the person's partition, the stories context's
 * records its pointers name (the accounts port, implemented by stories), and the directory's account.
 */
export function personalDataContextOf(
  deps: ContextDeps & Pick<Deps, 'config'>,
): PersonalDataContext {
  const { accounts, now } = accountsContextOf(deps);
  return {
    db: deps.db,
    now,
    accounts,
    records: createPersonalRecords(deps.db, mediaLibraryOf(deps)),
    media: createPersonalMedia(mediaLibraryOf(deps)),
    directory: identityDirectoryOf(deps.config),
  };
}
