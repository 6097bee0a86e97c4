import type { TransactItem } from './transact';

/**
 * Hourly limits per person. Generous for people, tight enough to stop floods. An edit (of a
 * story not yet accepted) is limited like the rest: 20 an hour is more saves than anyone needs
 * to fix a story, and stops a script from churning the moderation queue.
 */
export const HOURLY_LIMITS = {
  story: 5,
  edit: 20,
  comment: 30,
  vote: 120,
  report: 20,
  // Feedback on barriers may come from anyone, signed in or not (counted per address then).
  feedback: 10,
  // A personal data export reads everything a person ever wrote: ten an hour is plenty for a
  // person, and keeps a stolen token from turning it into a load test.
  export: 10,
  // A story has at most 7 media; 60 uploads an hour leave room for retries and second thoughts.
  upload: 60,
} as const;
export type LimitedAction = keyof typeof HOURLY_LIMITS;

const HOUR_MS = 3_600_000;

/** Seconds until the current hourly window ends: the `Retry-After` of a 429. */
export const secondsUntilNextWindow = (now: Date) =>
  Math.max(1, Math.ceil((HOUR_MS - (now.getTime() % HOUR_MS)) / 1000));

/**
 * The per-person counter of one action in the current hour, as a transaction item: it rides in the
 * action's own TransactWriteItems, so a limited action still costs one request. Its condition fails
 * once the limit is reached; the item expires by TTL an hour after its window.
 */
export function rateLimitItem(
  tableName: string,
  sub: string,
  action: LimitedAction,
  now: Date,
): TransactItem {
  const windowStart = now.getTime() - (now.getTime() % HOUR_MS);
  return {
    Update: {
      TableName: tableName,
      Key: { pk: `RATE#${sub}`, sk: `${action}#${new Date(windowStart).toISOString()}` },
      UpdateExpression: 'ADD #count :one SET expiresAt = :expires',
      ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: {
        ':one': 1,
        ':limit': HOURLY_LIMITS[action],
        ':expires': Math.floor((windowStart + 2 * HOUR_MS) / 1000),
      },
    },
  };
}
