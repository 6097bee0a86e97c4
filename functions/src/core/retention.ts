/**
 * How long the platform keeps what names a story or a comment once it is gone from view
 * (README, "What we keep, and for how long"): curators' notices, and the titles and comment
 * beginnings that the moderation log showed of a withdrawn or erased story.
 */
export const NAMING_RETENTION_DAYS = 90;

const DAY_SECONDS = 86_400;

/**
 * The table's TTL value (`expiresAt`, epoch seconds, see table-definition.ts) for something kept
 * `days` days after `from`. DynamoDB deletes such items within days of that time, not at once, so
 * every read that could show one also checks it (`isExpired`).
 */
export const expiresAtAfter = (from: Date | string, days: number = NAMING_RETENTION_DAYS) =>
  Math.floor(new Date(from).getTime() / 1000) + days * DAY_SECONDS;

/** Whether an item's TTL time has passed (DynamoDB may not have deleted it yet). */
export const isExpired = (expiresAt: unknown, now: Date) =>
  typeof expiresAt === 'number' && expiresAt * 1000 <= now.getTime();
