import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../../core/dynamo';
import type { TransactItem } from '../../core/transact';
import { transactWrite } from '../../core/transact';
import { oaiKeys, type HarvestList } from './keys';
import type { OaiRecord } from './oai-record';

const ENTITY = 'oai-record';

/** The record's own fields, without the keys and the entity name every item carries. */
function recordOf(item: Record<string, unknown>): OaiRecord {
  const { storyId, datestamp, sets, deleted, metadata } = item as OaiRecord;
  return { storyId, datestamp, sets: sets ?? [], deleted: !!deleted, metadata };
}

/** The lists a record is in: all records, and each of its sets. */
const listsOf = (record: OaiRecord): HarvestList[] => [{}, ...record.sets.map((set) => ({ set }))];

/** The harvest read model: the record items and the list entries (keys.ts). */
export function createOaiRepository(db: Db) {
  const TableName = db.tableName;

  return {
    /** GetRecord, ListMetadataFormats with an identifier: one GetItem. */
    async get(storyId: string): Promise<OaiRecord | null> {
      const { Item } = await db.doc.send(
        new GetCommand({ TableName, Key: oaiKeys.record(storyId) }),
      );
      return Item ? recordOf(Item) : null;
    },

    /**
     * One page of a list, oldest datestamp first: one Query. It asks for one more than `limit`,
     * so that it knows without a second request whether another page follows (the protocol's
     * last page must carry an empty resumption token, and no page may be empty).
     */
    async page(
      list: HarvestList,
      range: { from?: string; until?: string },
      after: string | undefined,
      limit: number,
    ): Promise<{ records: OaiRecord[]; lastSk?: string; more: boolean }> {
      const { low, high } = oaiKeys.range(range.from, range.until);
      const pk = oaiKeys.listPartition(list);
      const { Items = [], LastEvaluatedKey } = await db.doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :low AND :high',
          ExpressionAttributeValues: { ':pk': pk, ':low': low, ':high': high },
          ...(after ? { ExclusiveStartKey: { pk, sk: after } } : {}),
          Limit: limit + 1,
        }),
      );
      const shown = Items.slice(0, limit);
      const more = Items.length > limit || (LastEvaluatedKey !== undefined && shown.length > 0);
      return { records: shown.map(recordOf), lastSk: shown.at(-1)?.sk as string, more };
    },

    /** The oldest datestamp of any record (Identify's earliestDatestamp): one Query. */
    async earliestDatestamp(): Promise<string | null> {
      const { Items = [] } = await db.doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': oaiKeys.listPartition({}) },
          ProjectionExpression: 'datestamp',
          Limit: 1,
        }),
      );
      return (Items[0]?.datestamp as string | undefined) ?? null;
    },

    /**
     * Writes `next` in place of `previous` (null when the story had no record): the record item,
     * conditional on the datestamp read (a concurrent writer makes it fail and retry), the list
     * entries under the new datestamp, and the deletion of those under the old one. One
     * TransactWriteItems of at most 9 items (a story has at most 3 themes).
     */
    async replace(previous: OaiRecord | null, next: OaiRecord): Promise<void> {
      const item = { ...next, entity: ENTITY };
      const recordPut: TransactItem = {
        Put: {
          TableName,
          Item: { ...oaiKeys.record(next.storyId), ...item },
          ConditionExpression: previous ? 'datestamp = :was' : 'attribute_not_exists(pk)',
          ...(previous ? { ExpressionAttributeValues: { ':was': previous.datestamp } } : {}),
        },
      };
      const newKeys = listsOf(next).map((list) =>
        oaiKeys.entry(list, next.datestamp, next.storyId),
      );
      const same = (a: { pk: string; sk: string }) => (b: { pk: string; sk: string }) =>
        a.pk === b.pk && a.sk === b.sk;
      const oldKeys = previous
        ? listsOf(previous)
            .map((list) => oaiKeys.entry(list, previous.datestamp, previous.storyId))
            .filter((key) => !newKeys.some(same(key)))
        : [];
      await transactWrite(db, {
        record: recordPut,
        entries: newKeys.map((key) => ({ Put: { TableName, Item: { ...key, ...item } } })),
        moved: oldKeys.map((Key) => ({ Delete: { TableName, Key } })),
      });
    },
  };
}
export type OaiRepository = ReturnType<typeof createOaiRepository>;
