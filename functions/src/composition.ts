import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { AdminContext } from './accounts/admin-routes';
import { createAccountsContext } from './accounts/context';
import {
  createCognitoDirectory,
  createLocalDirectory,
  type IdentityDirectory,
} from './accounts/identity-directory';
import type { Config } from './core/config';
import type { Deps } from './core/deps';
import { createCurationContext } from './curation/context';
import { createExhibitionRepository } from './curation/exhibition-repository';
import { createCuratorNoticeRepository } from './curation/curator-notice-repository';
import { createStoryEffects } from './curation/story-effects';
import { createModerationContext } from './moderation/context';
import { createStoriesContext } from './stories/context';
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

export const accountsContextOf = (deps: ContextDeps) => createAccountsContext(deps);

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

/** The admins' part of accounts. Display names arrive with the profiles; until then, none. */
export const adminContextOf = (deps: Pick<Deps, 'config'>): AdminContext => ({
  directory: identityDirectoryOf(deps.config),
  displayNameOf: async () => null,
});
