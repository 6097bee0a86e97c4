import type { AccountRepository } from '../accounts/repository';

/**
 * The name an entry shows: its moderator's display name as it is now, else the name it was
 * written with (entries from before profiles), else the subject.
 */
export const shownName = (current: unknown, stored: string | undefined, sub: string) =>
  typeof current === 'string' ? current : (stored ?? sub);

/**
 * The moderation log and notes name the moderator who wrote each entry by their display name as
 * it is now (DESIGN §6: one name everywhere), read from their profiles in one BatchGetItem per
 * page: entries are many and staff few, so a rename changes no entry. An entry whose moderator has
 * no profile keeps the name it was written with, or shows the subject. (The log reads the names
 * with its excerpts, in ./log-details.)
 */
export async function withStaffNames<
  S extends string,
  N extends string,
  T extends { [key in S]: string } & { [key in N]?: string },
>(accounts: AccountRepository, items: T[], subField: S, nameField: N) {
  if (items.length === 0) return items as (T & { [key in N]: string })[];
  const names = await accounts.displayNames(items.map((item) => item[subField]));
  return items.map((item) => ({
    ...item,
    [nameField]: shownName(names.get(item[subField]), item[nameField], item[subField]),
  })) as (T & { [key in N]: string })[];
}
