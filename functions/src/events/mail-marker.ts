import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../core/dynamo';
import { TABLE_DEFINITION } from '../core/table-definition';

/**
 * How long a marker outlives its e-mail: longer than a stream keeps a record (24 hours) and than
 * any retry of it, so a redelivery always finds it; then TTL removes it.
 */
const MARKER_DAYS = 7;

type Key = { pk: string; sk: string };

/**
 * The once-only marker of an e-mail the notifiers send (a decision, a museum answer): a
 * conditional Put, so a redelivered stream record finds it and mails no one again. False when it
 * was claimed before. `fields` say what it marks; never a sub or an address.
 */
export async function claimMailMarker(
  db: Db,
  key: Key,
  fields: Record<string, string>,
  now: Date,
): Promise<boolean> {
  const expiresAt = Math.floor(now.getTime() / 1000) + MARKER_DAYS * 86_400;
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...key,
          entity: 'notification-marker',
          ...fields,
          at: now.toISOString(),
          [TABLE_DEFINITION.timeToLiveAttribute]: expiresAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Gives the marker back when its e-mail failed, so the retried record sends it. */
export async function releaseMailMarker(db: Db, key: Key): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: key }));
}
