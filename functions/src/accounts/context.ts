import type { Db } from '../core/dynamo';
import { createAccountRepository } from './repository';

/** The accounts context's repositories, built once by the composition root. */
export function createAccountsContext(deps: { db: Db }) {
  return { accounts: createAccountRepository(deps.db) };
}

export type AccountsContext = ReturnType<typeof createAccountsContext>;
