import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { shortCodeOf } from '../../shared/short-link';
import type { Db } from '../../functions/src/core/dynamo';
import { storyKeys } from '../../functions/src/stories/keys';

/**
 * Gives every story published before short links existed its `/s/<code>` item, as publication now
 * writes it (docs/data-model.md): without it the kiosk's QR code and the printed link of such a
 * story would lead nowhere. Idempotent (an existing link is left alone), so `npm start` runs it on
 * every start; on AWS it runs once with `npm run migrate`. A Scan, never in a request path.
 * Returns how many links were written.
 */
export async function addMissingShortLinks(db: Db): Promise<number> {
  let written = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression: 'entity = :story AND attribute_exists(publishedAt)',
        ExpressionAttributeValues: { ':story': 'story' },
        ProjectionExpression: 'id',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const { id } of page.Items ?? []) {
      const storyId = String(id);
      try {
        await db.doc.send(
          new PutCommand({
            TableName: db.tableName,
            Item: { ...storyKeys.shortLink(shortCodeOf(storyId), storyId), storyId },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
        written += 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return written;
}
