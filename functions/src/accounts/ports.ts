import type { Contribution } from './repository';

/**
 * The port accounts owns for the copies of a person's display name that other contexts keep
 * (DESIGN §6: one name everywhere). Stories and comments carry the name so that their pages stay
 * one Query; when the person picks a new one, the stories context (wired in the composition root)
 * shows it on each of the contributions the accounts context lists.
 */
export type DisplayNameCopies = {
  renamed(sub: string, name: string, contributions: Contribution[]): Promise<void>;
};
