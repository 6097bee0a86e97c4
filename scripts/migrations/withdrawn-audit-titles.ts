import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../functions/src/core/dynamo';
import { expiresAtAfter } from '../../functions/src/core/retention';
import { forgetStoryTitles } from '../../functions/src/events/retention';

/**
 * Does for every story withdrawn before the retention handler what the handler does at a
 * withdrawal: the titles of its audit entries (and of its decided comments' entries) move into
 * excerpts that expire 90 days from now (README, "What we keep, and for how long"). Idempotent
 * (an entry without a title is left alone), so `npm start` runs it on every start; on AWS it runs
 * once with `npm run migrate`. A Scan, never in a request path. Returns how many titles moved.
 */
export async function expireWithdrawnAuditTitles(db: Db, now = new Date()): Promise<number> {
  const expiresAt = expiresAtAfter(now);
  let moved = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression: 'entity = :story AND #status = :withdrawn',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':story': 'story', ':withdrawn': 'withdrawn' },
        ProjectionExpression: 'id',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const { id } of page.Items ?? [])
      moved += await forgetStoryTitles({ db }, String(id), expiresAt);
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return moved;
}
