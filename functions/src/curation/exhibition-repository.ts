import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { ExhibitionStatus, Localized } from '../../../shared/schemas/curation';
import type { Db } from '../core/dynamo';
import type { TransactItem } from '../core/transact';
import { exhibitionKeys } from './exhibition-keys';
import type { ExhibitionItemRecord, ExhibitionRecord } from './exhibition-record';

const BOOKKEEPING = ['pk', 'sk', 'entity', 'listPk', 'listSk'];
const strip = <T>(item: Record<string, unknown>) => {
  const record = { ...item };
  for (const key of BOOKKEEPING) delete record[key];
  return record as T;
};

/** The meta fields a curator changes; itemCount is left to the item transactions. */
const META_FIELDS = [
  'status',
  'title',
  'intro',
  'venue',
  'opensAt',
  'closesAt',
  'updatedAt',
  'publishedAt',
] as const;

/**
 * Where an exhibition sorts in its list: drafts by their last change, published ones by their
 * opening date (else publication), newest first.
 */
function listKeys(record: ExhibitionRecord) {
  const at = record.status === 'draft' ? record.updatedAt : (record.opensAt ?? record.publishedAt!);
  return {
    listPk: exhibitionKeys.list(record.status),
    listSk: exhibitionKeys.listSort(at, record.id),
  };
}

/** Exhibitions and their items; the only module that knows their keys (DESIGN §1). */
export function createExhibitionRepository(db: Db) {
  const TableName = db.tableName;

  async function queryAll(input: Omit<QueryCommandInput, 'TableName'>) {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await db.doc.send(
        new QueryCommand({ TableName, ...input, ExclusiveStartKey: startKey }),
      );
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /** Counts an item in or out; only on an existing exhibition, and never past `max`. */
  function countChange(id: string, delta: 1 | -1, max?: number): TransactItem {
    const limit =
      max === undefined ? '' : ' AND (attribute_not_exists(itemCount) OR itemCount < :max)';
    return {
      Update: {
        TableName,
        Key: exhibitionKeys.meta(id),
        UpdateExpression: 'ADD itemCount :delta',
        ConditionExpression: `entity = :exhibition${limit}`,
        ExpressionAttributeValues: {
          ':delta': delta,
          ':exhibition': 'exhibition',
          ...(max === undefined ? {} : { ':max': max }),
        },
      },
    };
  }

  return {
    async create(record: ExhibitionRecord): Promise<void> {
      await db.doc.send(
        new PutCommand({
          TableName,
          Item: {
            ...exhibitionKeys.meta(record.id),
            entity: 'exhibition',
            ...record,
            ...listKeys(record),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    async get(id: string): Promise<ExhibitionRecord | null> {
      const out = await db.doc.send(
        new GetCommand({ TableName, Key: exhibitionKeys.meta(id), ConsistentRead: true }),
      );
      return out.Item?.entity === 'exhibition' ? strip<ExhibitionRecord>(out.Item) : null;
    },

    /**
     * The exhibition with all its items: one Query on its partition (a second only past 1 MB,
     * about fifty stories of full length).
     */
    async load(id: string) {
      const items = await queryAll({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': exhibitionKeys.partition(id) },
      });
      const [meta, ...rest] = items;
      if (meta?.entity !== 'exhibition') return null;
      return {
        exhibition: strip<ExhibitionRecord>(meta),
        items: rest
          .filter((item) => item.entity === 'exhibition-item')
          .map((item) => strip<ExhibitionItemRecord>(item)),
      };
    },

    /** The exhibitions of one status, newest first: one Query on the `lists` index. */
    async list(status: ExhibitionStatus): Promise<ExhibitionRecord[]> {
      const items = await queryAll({
        IndexName: 'lists',
        KeyConditionExpression: 'listPk = :list',
        ExpressionAttributeValues: { ':list': exhibitionKeys.list(status) },
        ScanIndexForward: false,
      });
      return items.map((item) => strip<ExhibitionRecord>(item));
    },

    /** Writes the meta fields of `record` (its new version), conditional on the version read. */
    async save(record: ExhibitionRecord, readVersion: number): Promise<void> {
      const { listPk, listSk } = listKeys(record);
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = {
        ':read': readVersion,
        ':version': record.version,
        ':listPk': listPk,
        ':listSk': listSk,
      };
      const sets = ['listPk = :listPk', 'listSk = :listSk', 'version = :version'];
      const removes: string[] = [];
      for (const field of META_FIELDS) {
        names[`#${field}`] = field;
        if (record[field] === undefined) {
          removes.push(`#${field}`);
          continue;
        }
        sets.push(`#${field} = :${field}`);
        values[`:${field}`] = record[field];
      }
      await db.doc.send(
        new UpdateCommand({
          TableName,
          Key: exhibitionKeys.meta(record.id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: 'version = :read',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    },

    /** The Put of a new item; refused when the story is in the exhibition already. */
    itemPut(item: ExhibitionItemRecord): TransactItem {
      const Item = {
        ...exhibitionKeys.item(item.exhibitionId, item.storyId),
        entity: 'exhibition-item',
        ...item,
      };
      return { Put: { TableName, Item, ConditionExpression: 'attribute_not_exists(pk)' } };
    },

    /**
     * The one way a story leaves an exhibition: its item goes (it must be there) and the
     * exhibition's itemCount drops by one (it must exist), so the count stays exact whoever takes
     * it out (a curator, the author, a moderator, reports).
     */
    leaveItems(exhibitionId: string, storyId: string): TransactItem[] {
      const Key = exhibitionKeys.item(exhibitionId, storyId);
      return [
        { Delete: { TableName, Key, ConditionExpression: 'attribute_exists(pk)' } },
        countChange(exhibitionId, -1),
      ];
    },

    /**
     * A curator's new caption for a story in an exhibition (none removes it); only while the item
     * is there. Answers the item as it is now, or `null` when the story is not in the exhibition.
     */
    async setCaption(
      exhibitionId: string,
      storyId: string,
      caption: Localized | undefined,
    ): Promise<ExhibitionItemRecord | null> {
      try {
        const out = await db.doc.send(
          new UpdateCommand({
            TableName,
            Key: exhibitionKeys.item(exhibitionId, storyId),
            UpdateExpression: caption ? 'SET caption = :caption' : 'REMOVE caption',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: caption ? { ':caption': caption } : undefined,
            ReturnValues: 'ALL_NEW',
          }),
        );
        return strip<ExhibitionItemRecord>(out.Attributes ?? {});
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return null;
        throw error;
      }
    },

    /** Copies the author's research consent onto the story's item, for the exports. */
    researchConsentItem(exhibitionId: string, storyId: string, research: boolean): TransactItem {
      return {
        Update: {
          TableName,
          Key: exhibitionKeys.item(exhibitionId, storyId),
          UpdateExpression: 'SET consentResearch = :research',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':research': research },
        },
      };
    },

    /**
     * Shows the author's new display name on the story's item (a named story's only); `null`
     * when the author erased their account and the story stays without them (it shows "anonym").
     */
    authorNameItem(exhibitionId: string, storyId: string, name: string | null): TransactItem {
      return {
        Update: {
          TableName,
          Key: exhibitionKeys.item(exhibitionId, storyId),
          UpdateExpression:
            name === null
              ? 'SET authorName = :name, attribution = :anonymous'
              : 'SET authorName = :name',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues:
            name === null ? { ':name': null, ':anonymous': 'anonymous' } : { ':name': name },
        },
      };
    },

    countChange,

    /**
     * Puts the erased-account marker where a former curator's sub stood: `createdBy` on the
     * exhibition (`storyId` null) or `addedBy` on one of its items (UpdateItem input).
     */
    markerUpdate(
      exhibitionId: string,
      storyId: string | null,
      field: 'createdBy' | 'addedBy',
      marker: string,
    ) {
      return {
        TableName,
        Key: storyId
          ? exhibitionKeys.item(exhibitionId, storyId)
          : exhibitionKeys.meta(exhibitionId),
        UpdateExpression: 'SET #field = :marker',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#field': field },
        ExpressionAttributeValues: { ':marker': marker },
      };
    },

    /**
     * Sets the order: each item's position, conditional on it still being there, and on the count
     * being the one read, so that the new order covers exactly the items the exhibition holds.
     */
    orderItems(id: string, storyIds: string[]): { count: TransactItem; positions: TransactItem[] } {
      const positions = storyIds.map((storyId, index): TransactItem => ({
        Update: {
          TableName,
          Key: exhibitionKeys.item(id, storyId),
          UpdateExpression: 'SET #position = :position',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#position': 'position' },
          ExpressionAttributeValues: { ':position': index + 1 },
        },
      }));
      const count: TransactItem = {
        ConditionCheck: {
          TableName,
          Key: exhibitionKeys.meta(id),
          ConditionExpression: 'itemCount = :count',
          ExpressionAttributeValues: { ':count': storyIds.length },
        },
      };
      return { count, positions };
    },
  };
}

export type ExhibitionRepository = ReturnType<typeof createExhibitionRepository>;
