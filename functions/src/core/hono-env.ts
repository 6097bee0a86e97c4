import type { User } from './auth';
import type { Logger } from './logger';

/** The per-request variables every route can read with `c.get(...)`. */
export type AppEnv = {
  Variables: {
    requestId: string;
    log: Logger;
    /** `null` for an anonymous caller; a bad token never gets this far (401). */
    user: User | null;
  };
};
