import type { ProfilePatch, ProfileLocale } from '../../../../shared/schemas/account';
import type { User } from '../../core/auth';
import type { IdentityDirectory } from '../identity-directory';
import type { DisplayNameCopies } from '../ports';
import type { AccountRepository, ProfileRecord } from '../repository';

type Deps = {
  accounts: AccountRepository;
  nameCopies: DisplayNameCopies;
  /** The identity provider, for the locale of its own e-mails; null when none is configured. */
  directory: Pick<IdentityDirectory, 'setLocale'> | null;
  now: () => Date;
};

/**
 * The person changes their profile. A new display name is set on the profile first, then shown on
 * everything they wrote (the port): a story or comment written in between checks the name in its
 * own transaction, so it either carries the new name or is listed for the rename. A rename that
 * fails half-way is finished by the next PATCH with the same name (the copies are compared, not
 * the profile), so it is safe to retry. A new language also goes to the identity provider's
 * `locale` attribute, so its own e-mails (sign-in codes, a new address) follow the profile; if
 * the provider fails, the request fails and the same PATCH sets it again.
 */
export async function changeProfile(
  deps: Deps,
  user: User,
  patch: ProfilePatch,
  defaults: { locale: ProfileLocale },
): Promise<ProfileRecord> {
  const now = deps.now();
  const profile = await deps.accounts.updateProfile(user.sub, patch, defaults, now);
  if (patch.locale !== undefined) await deps.directory?.setLocale(user.sub, patch.locale);
  if (patch.displayName !== undefined) {
    const contributions = await deps.accounts.contributions(user.sub);
    await deps.nameCopies.renamed(user.sub, patch.displayName, contributions);
  }
  return profile;
}
