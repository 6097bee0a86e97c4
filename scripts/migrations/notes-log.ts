import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../functions/src/core/dynamo';
import { noteKeys } from '../../functions/src/moderation/notes-repository';

/**
 * Puts every moderator note written before it was in the `log` index (`LOG#notes`) there, as
 * new notes are: an erasure (DESIGN §7) finds a former moderator's notes through it. Idempotent
 * (only notes without `logPk`), so `npm start` may run it on every start; on AWS it runs once with
 * `npm run migrate`. A Scan, never in a request path. Returns how many it changed.
 */
export async function addNotesToLog(db: Db): Promise<number> {
  let changed = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression: 'entity = :note AND attribute_not_exists(logPk)',
        ExpressionAttributeValues: { ':note': 'note' },
        ProjectionExpression: 'pk, sk, id, #at',
        ExpressionAttributeNames: { '#at': 'at' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'SET logPk = :log, logSk = :sk',
          ExpressionAttributeValues: {
            ':log': noteKeys.allNotes,
            ':sk': noteKeys.logSk(String(item.at), String(item.id)),
          },
        }),
      );
      changed += 1;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return changed;
}
