import type { AccountRepository } from '../accounts/repository';

/**
 * The moderation log and notes name the moderator who wrote each entry by their display name as
 * it is now (DESIGN §6: one name everywhere), read from their profiles in one BatchGetItem per
 * page: entries are many and staff few, so a rename changes no entry. An entry whose moderator has
 * no profile keeps the name it was written with, or shows the subject.
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
    [nameField]: names.get(item[subField]) ?? item[nameField] ?? item[subField],
  })) as (T & { [key in N]: string })[];
}
