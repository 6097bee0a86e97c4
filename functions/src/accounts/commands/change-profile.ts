import type { ProfilePatch, ProfileLocale } from '../../../../shared/schemas/account';
import type { User } from '../../core/auth';
import type { DisplayNameCopies } from '../ports';
import type { AccountRepository, ProfileRecord } from '../repository';

type Deps = { accounts: AccountRepository; nameCopies: DisplayNameCopies; now: () => Date };

/**
 * The person changes their profile. A new display name is set on the profile first, then shown on
 * everything they wrote (the port): a story or comment written in between checks the name in its
 * own transaction, so it either carries the new name or is listed for the rename. A rename that
 * fails half-way is finished by the next PATCH with the same name (the copies are compared, not
 * the profile), so it is safe to retry.
 */
export async function changeProfile(
  deps: Deps,
  user: User,
  patch: ProfilePatch,
  defaults: { locale: ProfileLocale },
): Promise<ProfileRecord> {
  const now = deps.now();
  await deps.accounts.ensureProfile(user.sub, { locale: defaults.locale }, now);
  const profile = await deps.accounts.updateProfile(user.sub, patch, now);
  if (patch.displayName !== undefined) {
    const contributions = await deps.accounts.contributions(user.sub);
    await deps.nameCopies.renamed(user.sub, patch.displayName, contributions);
  }
  return profile;
}
