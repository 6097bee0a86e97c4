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
import type { DisplayNameCopies } from './accounts/ports';
import type { Deps } from './core/deps';
import { createCurationContext } from './curation/context';
import { createExhibitionRepository } from './curation/exhibition-repository';
import { createCuratorNoticeRepository } from './curation/curator-notice-repository';
import { createStoryEffects } from './curation/story-effects';
import { createModerationContext } from './moderation/context';
import { renameAuthor } from './stories/commands/rename-author';
import { createStoriesContext } from './stories/context';
import { createPersonalRecords } from './stories/personal-records';
import type { StoryEffects } from './stories/ports';

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

/** What the contexts are built from: the table, and the clock. */
type ContextDeps = Pick<Deps, 'db' | 'now'>;

export const storiesContextOf = (deps: ContextDeps) =>
  createStoriesContext(deps, { storyEffects: storyEffectsOf(deps) });

export const moderationContextOf = (deps: ContextDeps) =>
  createModerationContext(deps, { storyEffects: storyEffectsOf(deps) });

export const curationContextOf = (deps: ContextDeps) => createCurationContext(deps);

/** The accounts port, implemented by stories: a new display name shown on what the person wrote. */
export function nameCopiesOf(deps: ContextDeps): DisplayNameCopies {
  const stories = storiesContextOf(deps);
  return {
    async renamed(sub, name, contributions) {
      await renameAuthor(stories, sub, name, contributions);
    },
  };
}

/** With the configuration, the context also reaches the identity provider (the profile's locale). */
export const accountsContextOf = (deps: ContextDeps & Partial<Pick<Deps, 'config'>>) =>
  createAccountsContext(deps, {
    nameCopies: nameCopiesOf(deps),
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
    records: createPersonalRecords(deps.db),
    directory: identityDirectoryOf(deps.config),
  };
}
