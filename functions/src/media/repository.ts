import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../core/dynamo';
import type { TransactItem } from '../core/transact';
import { mediaKeys } from './keys';
import type { MediumRecord } from './media-record';
import type { Measured } from './processing';

/** What kind of item it is, beside its keys (every context's items say so). */
const ENTITY = 'media';

/**
 * A medium's item, in its owner's partition (./keys). Only its owner reads or changes it: `get`
 * by someone else's sub finds nothing, which the routes answer as 404.
 */
export function createMediaRepository(db: Db) {
  const TableName = db.tableName;
  const itemOf = (record: MediumRecord) => ({
    ...mediaKeys.medium(record.ownerSub, record.id),
    entity: ENTITY,
    ...record,
  });
  const recordOf = (item: Record<string, unknown>): MediumRecord => {
    const { pk: _pk, sk: _sk, entity: _entity, ...record } = item;
    return record as MediumRecord;
  };

  return {
    /** The new upload's item, for a transaction with its rate-limit counter. */
    newItem(record: MediumRecord): TransactItem {
      return {
        Put: {
          TableName,
          Item: itemOf(record),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    },

    async get(ownerSub: string, id: string): Promise<MediumRecord | undefined> {
      const { Item } = await db.doc.send(
        new GetCommand({ TableName, Key: mediaKeys.medium(ownerSub, id), ConsistentRead: true }),
      );
      return Item ? recordOf(Item) : undefined;
    },

    /**
     * What processing measured, once: conditional on the upload still waiting, so two completions
     * racing each other write it once. False when it was ready already (or is gone).
     */
    async markReady(record: MediumRecord, measured: Measured): Promise<boolean> {
      const fields: Record<string, unknown> =
        measured.kind === 'image'
          ? { width: measured.width, height: measured.height }
          : { audioType: measured.audioType, durationSeconds: measured.durationSeconds };
      const names = Object.keys(fields);
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName,
            Key: mediaKeys.medium(record.ownerSub, record.id),
            UpdateExpression: `SET #status = :ready, ${names.map((n) => `#${n} = :${n}`).join(', ')}`,
            ConditionExpression: '#status = :uploading',
            ExpressionAttributeNames: {
              '#status': 'status',
              ...Object.fromEntries(names.map((n) => [`#${n}`, n])),
            },
            ExpressionAttributeValues: {
              ':ready': 'ready',
              ':uploading': 'uploading',
              ...Object.fromEntries(names.map((n) => [`:${n}`, fields[n]])),
            },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },

    /** A medium processed elsewhere (the demo seed), written ready at once. */
    async putReady(record: MediumRecord & { status: 'ready' }): Promise<void> {
      await db.doc.send(new PutCommand({ TableName, Item: itemOf(record) }));
    },
  };
}

export type MediaRepository = ReturnType<typeof createMediaRepository>;
