import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { accountKeys } from '../../functions/src/accounts/repository';
import type { Db } from '../../functions/src/core/dynamo';

/**
 * Gives every support and report made before person pointers existed its pointer in the person's
 * partition (`SUPPORTED#…`, `REPORTED#…`, docs/data-model.md), as the vote and report transactions
 * now write it: without it, the person's data export and erasure (DESIGN §7) would miss them.
 * Idempotent (a Put of the same pointer), so `npm start` runs it on every start; on AWS it runs
 * once with `npm run migrate`. A Scan, never in a request path. Returns how many it wrote.
 */
export async function addInteractionPointers(db: Db): Promise<number> {
  let written = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression: 'entity IN (:vote, :report)',
        ExpressionAttributeValues: { ':vote': 'vote', ':report': 'report' },
        ProjectionExpression: 'pk, sk, entity, #sub, #at',
        ExpressionAttributeNames: { '#sub': 'sub', '#at': 'at' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const pointer = pointerOf(item);
      if (!pointer) continue;
      await db.doc.send(new PutCommand({ TableName: db.tableName, Item: pointer }));
      written += 1;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return written;
}

/** The pointer a vote (`STORY#<id>` / `VOTE#<sub>`) or report (`REPORT#<target>#<sub>`) needs. */
function pointerOf(item: Record<string, unknown>): Record<string, unknown> | null {
  const storyId = String(item.pk).slice('STORY#'.length);
  const sub = item.sub as string | undefined;
  if (!sub) return null;
  if (item.entity === 'vote') {
    return { ...accountKeys.support(sub, storyId), entity: 'support-pointer', storyId };
  }
  // `REPORT#<target>#<sub>`: a sub may hold `#`, so the target is the part before it.
  const target = String(item.sk).slice('REPORT#'.length, -(sub.length + 1));
  return {
    ...accountKeys.report(sub, storyId, target),
    entity: 'report-pointer',
    storyId,
    target,
    at: item.at,
  };
}
