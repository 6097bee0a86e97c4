import { BatchGetCommand, QueryCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { CuratorNotice, Localized } from '../../../shared/schemas/curation';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import { newId } from '../core/ids';
import { expiresAtAfter } from '../core/retention';
import type { TransactItem } from '../core/transact';
import { exhibitionKeys } from './exhibition-keys';

/** BatchGetItem reads at most 100 keys per request. */
const BATCH = 100;

/**
 * Notices for curators: what authors changed that affects their exhibitions. The stories port
 * (./story-effects) adds one to the author's own transaction. A notice names a story and
 * exhibitions the story has left, so it expires (TTL `expiresAt`) 90 days after it was written
 * (README, "What we keep, and for how long"); until DynamoDB deletes it, the list leaves it out.
 */
export function createCuratorNoticeRepository(db: Db) {
  const TableName = db.tableName;
  return {
    /** A Put for the change's own transaction: the notice exists exactly when the change does. */
    consentWithdrawnItem(
      notice: Omit<CuratorNotice, 'id' | 'kind'>,
      kind: CuratorNotice['kind'] = 'exhibition-consent-withdrawn',
    ): TransactItem {
      const id = newId(new Date(notice.at));
      const stored = { id, kind, ...notice };
      return {
        Put: {
          TableName,
          Item: {
            ...exhibitionKeys.curatorNotice(notice.at, id),
            entity: 'curator-notice',
            ...stored,
            expiresAt: expiresAtAfter(notice.at),
          },
        },
      };
    },

    /**
     * Newest first: one Query on the notices partition. An expired notice is left out (so a page
     * may hold fewer than `limit`; the cursor still leads on).
     */
    async list(limit: number, startKey?: PageKey, now = new Date()) {
      const out = await db.doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk',
          FilterExpression: 'attribute_not_exists(expiresAt) OR expiresAt > :now',
          ExpressionAttributeValues: {
            ':pk': exhibitionKeys.curatorNotices,
            ':now': Math.floor(now.getTime() / 1000),
          },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: startKey,
        }),
      );
      const items = (out.Items ?? []).map(
        ({ pk, sk, entity, expiresAt, ...notice }) => notice as CuratorNotice,
      );
      return { items, lastKey: out.LastEvaluatedKey as PageKey | undefined };
    },

    /** The titles of exhibitions, so that a notice names them as they were at the time. */
    async titles(ids: string[]): Promise<{ id: string; title: Localized }[]> {
      const found = new Map<string, Localized>();
      for (let i = 0; i < ids.length; i += BATCH) {
        let keys: Record<string, unknown>[] | undefined = ids
          .slice(i, i + BATCH)
          .map((id) => exhibitionKeys.meta(id));
        // Unprocessed keys come back under load: ask again a few times (a missing title falls
        // back to the id rather than failing the author's consent change).
        for (let attempt = 0; keys?.length && attempt < 5; attempt++) {
          const out: BatchGetCommandOutput = await db.doc.send(
            new BatchGetCommand({
              RequestItems: { [TableName]: { Keys: keys, ProjectionExpression: 'id, title' } },
            }),
          );
          for (const item of out.Responses?.[TableName] ?? []) {
            found.set(String(item.id), item.title as Localized);
          }
          keys = out.UnprocessedKeys?.[TableName]?.Keys;
        }
      }
      return ids.map((id) => ({ id, title: found.get(id) ?? { de: id } }));
    },
  };
}

export type CuratorNoticeRepository = ReturnType<typeof createCuratorNoticeRepository>;
