import type { AuditEntry as ShownEntry } from '../../../shared/schemas/moderation';
import { accountKeys } from '../accounts/repository';
import { batchGetByKey } from '../core/batch-get';
import type { Db } from '../core/dynamo';
import { isExpired } from '../core/retention';
import type { AuditEntry, AuditRepository } from './audit-repository';
import { shownName } from './staff-names';

/**
 * A page of the log as moderators read it, in one BatchGetItem (docs/data-model.md): each
 * moderator's display name as it is now (./staff-names), and the title and reason of every entry
 * whose story or comment is gone (withdrawn, erased) from its excerpt while that is kept. After the excerpt
 * expires the entry says so (`titleRemoved`) and shows the decision without the title; the read
 * checks the expiry itself, since DynamoDB deletes expired items only within days.
 */
export async function withLogDetails(
  deps: { db: Db; audit: AuditRepository },
  entries: AuditEntry[],
  now: Date,
): Promise<ShownEntry[]> {
  if (entries.length === 0) return [];
  const kept = (entry: AuditEntry) =>
    entry.titleKeptUntil !== undefined && Date.parse(entry.titleKeptUntil) > now.getTime();
  const lookup = await batchGetByKey(
    deps.db,
    [
      ...entries.map((entry) => accountKeys.profile(entry.actorSub)),
      ...entries.filter(kept).map((entry) => deps.audit.excerptKey(entry)),
    ],
    ['displayName', 'title', 'reason', 'expiresAt'],
  );
  return entries.map(({ titleKeptUntil, ...entry }) => {
    const profile = lookup(accountKeys.profile(entry.actorSub));
    const shown = {
      ...entry,
      actorName: shownName(profile?.displayName, entry.actorName, entry.actorSub),
    };
    if (titleKeptUntil === undefined) return shown;
    const excerpt = kept({ ...entry, titleKeptUntil })
      ? lookup(deps.audit.excerptKey(entry))
      : undefined;
    return excerpt && typeof excerpt.title === 'string' && !isExpired(excerpt.expiresAt, now)
      ? {
          ...shown,
          title: excerpt.title,
          ...(typeof excerpt.reason === 'string' ? { reason: excerpt.reason } : {}),
        }
      : { ...shown, titleRemoved: true };
  });
}
