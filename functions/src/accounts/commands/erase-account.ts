import {
  isStaff,
  type AccountErased,
  type ErasureChoice,
} from '../../../../shared/schemas/account';
import type { User } from '../../core/auth';
import { fail, ok, type Result } from '../../core/result';
import type { IdentityDirectory } from '../identity-directory';
import type { PersonErasure } from '../ports';
import type { AccountRepository } from '../repository';

type Deps = {
  accounts: AccountRepository;
  erasure: PersonErasure;
  directory: IdentityDirectory | null;
  now: () => Date;
};

type Reason = 'staff' | 'rate-limited';

/**
 * A person erases their account (DESIGN §7, GDPR Art. 17), in an order that makes every step safe
 * to repeat:
 *
 * 1. The tombstone first (an HMAC of the sub, expiring after the longest token): from now on their
 *    still-valid token writes nothing for them (no profile, support or report), while this
 *    request and a repeated one still run. It counts the attempts (the rate limit).
 * 2. What they wrote, then their supports and reports, then a former staff member's sub on the
 *    moderation log, notes, picks and exhibitions: the other contexts' part, through the port.
 *    Found through the person's pointers, which stay until the end.
 * 3. Their whole partition (profile, notices, pointers, consent ledger) and rate-limit counters.
 * 4. The account at the identity provider, last: while it is there the person can sign in again
 *    for a new token and repeat a request that stopped part-way. (Deleted first, a failure after
 *    it would leave their data in the table with no token left to finish the erasure with, once
 *    the one they have expired.)
 *
 * Staff with a role are refused: an admin takes their roles away first, so that nobody loses the
 * moderation or curation they are in charge of by a click of their own; former staff are erased
 * like anyone else, and their entries name "deleted account" from then on.
 */
export async function eraseAccount(
  deps: Deps,
  user: User,
  choice: ErasureChoice,
): Promise<Result<AccountErased, Reason>> {
  // The token's roles, and the provider's now (a role given since the token was issued).
  if (isStaff(user.groups)) return fail('staff');
  const current = await deps.directory?.get(user.sub);
  if (current && isStaff(current.groups)) return fail('staff');
  if (!(await deps.accounts.markErased(user.sub, deps.now()))) return fail('rate-limited');
  const [contributions, supports, reports] = await Promise.all([
    deps.accounts.contributions(user.sub),
    deps.accounts.supports(user.sub),
    deps.accounts.reportsMade(user.sub),
  ]);
  const erased = await deps.erasure.contributions(user.sub, choice, contributions);
  const supportsWithdrawn = await deps.erasure.supports(user.sub, supports);
  const reportsWithdrawn = await deps.erasure.reports(user.sub, reports);
  await deps.erasure.staffRecords(user.sub);
  await deps.accounts.deletePersonalItems(user.sub);
  await deps.directory?.remove(user.sub);
  return ok({
    erased: true,
    contributions: choice,
    ...erased,
    supportsWithdrawn,
    reportsWithdrawn,
  });
}
