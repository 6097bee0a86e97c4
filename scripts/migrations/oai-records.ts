import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../functions/src/core/dynamo';
import { createOaiRecordsHandler } from '../../functions/src/events/oai-records';
import { createOaiRepository } from '../../functions/src/opendata/oai/repository';

/**
 * Gives every story that is public but has no harvest record yet (published before the
 * oai-records handler existed, or by the demo seed before the stream poller starts) its OAI-PMH
 * record, by handing the oai-records handler each story item as if it had just been written.
 * Idempotent: the handler writes only a record that differs from the stored one, so `npm start`
 * runs it on every start; on AWS it runs once with `npm run migrate`. A Scan, never in a request
 * path. Returns how many records were written.
 */
export async function writeMissingOaiRecords(db: Db, now: () => Date = () => new Date()) {
  const records = createOaiRepository(db);
  let written = 0;
  const counting = {
    ...records,
    replace: (...args: Parameters<typeof records.replace>) => {
      written += 1;
      return records.replace(...args);
    },
  };
  const handler = createOaiRecordsHandler({ records: counting, now });
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression: 'entity = :story AND attribute_exists(publishedAt)',
        ExpressionAttributeValues: { ':story': 'story' },
        ExclusiveStartKey: startKey,
      }),
    );
    // Each story read again, consistently, just before its record is written: a scan's image may
    // be older than a withdrawal the stream handler has already turned into a deleted record.
    const fresh = await Promise.all(
      (page.Items ?? []).map(async (item) => {
        const key = { pk: String(item.pk), sk: String(item.sk) };
        const read = await db.doc.send(
          new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }),
        );
        return read.Item;
      }),
    );
    await handler(
      fresh.flatMap((item) =>
        item
          ? [
              {
                eventId: `oai-migration/${String(item.pk)}`,
                eventName: 'MODIFY' as const,
                keys: { pk: String(item.pk), sk: String(item.sk) },
                newImage: item,
                at: now().toISOString(),
              },
            ]
          : [],
      ),
    );
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return written;
}
