import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Db } from '../../functions/src/core/dynamo';
import { expiresAtAfter } from '../../functions/src/core/retention';
import { exhibitionKeys } from '../../functions/src/curation/exhibition-keys';

/**
 * Gives every curator notice written before notices expired its `expiresAt` (TTL), 90 days after
 * the notice was written, as a new notice gets it (README, "What we keep, and for how long"): a
 * notice names a story and exhibitions and must not stay for ever. A notice older than that
 * expires at once. Idempotent (a notice with an expiry is left alone), so `npm start` runs it on
 * every start; on AWS it runs once with `npm run migrate`. One Query of the notices' partition,
 * never in a request path. Returns how many notices it changed.
 */
export async function expireCuratorNotices(db: Db): Promise<number> {
  let changed = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: 'attribute_not_exists(expiresAt)',
        ExpressionAttributeValues: { ':pk': exhibitionKeys.curatorNotices },
        ProjectionExpression: 'pk, sk, #at',
        ExpressionAttributeNames: { '#at': 'at' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const notice of page.Items ?? []) {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.tableName,
            Key: { pk: notice.pk, sk: notice.sk },
            UpdateExpression: 'SET expiresAt = :expires',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(expiresAt)',
            ExpressionAttributeValues: { ':expires': expiresAtAfter(String(notice.at)) },
          }),
        );
        changed += 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return changed;
}
