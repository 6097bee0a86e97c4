import type { Db } from '../core/dynamo';
import type { IdentityDirectory } from './identity-directory';
import type { DisplayNameCopies, PersonErasure } from './ports';
import { createAccountRepository } from './repository';

/** The accounts context's repositories and ports, built once by the composition root. */
export function createAccountsContext(
  deps: { db: Db; now: () => Date; config?: { cursorSecret: string } },
  ports: {
    nameCopies: DisplayNameCopies;
    erasure: PersonErasure;
    directory?: IdentityDirectory | null;
  },
) {
  return {
    // Read at each call: the clock is the process's (tests set it), not the one at start-up.
    now: () => deps.now(),
    accounts: createAccountRepository(deps.db, deps.config?.cursorSecret),
    nameCopies: ports.nameCopies,
    erasure: ports.erasure,
    directory: ports.directory ?? null,
  };
}

export type AccountsContext = ReturnType<typeof createAccountsContext>;
