import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import { newId } from '../core/ids';
import type { TransactItem } from '../stories/repository';

/** One decision in the audit log: who decided what about which item, when and why. */
export type AuditEntry = {
  id: string;
  entityType: 'story' | 'comment';
  entityId: string;
  /** For a comment: the story it belongs to. */
  storyId?: string;
  /** The story's title or the comment's beginning, so the log reads without lookups. */
  title?: string;
  decision: string;
  reason?: string;
  fromStatus: string;
  toStatus: string;
  /** When the item was sent in, for a first decision: the overview's time-to-decision. */
  submittedAt?: string;
  actorSub: string;
  /**
   * Entries are written without a name: the log shows each moderator's current display name from
   * their profile (DESIGN §6). Entries from before profiles carry the name of their time.
   */
  actorName?: string;
  at: string;
};

const keys = {
  /** Both logs (one item's, the platform's) sort by time, then the entry's id. */
  byTime: (at: string, id: string) => `${at}#${id}`,
  entry: (entityId: string, at: string, id: string) => ({
    pk: `AUDIT#${entityId}`,
    sk: keys.byTime(at, id),
  }),
  entity: (entityId: string) => `AUDIT#${entityId}`,
  platformLog: 'LOG#moderation',
};

const strip = ({ pk, sk, logPk, logSk, entity, ...entry }: Record<string, unknown>) =>
  entry as unknown as AuditEntry;

/** The moderation audit log: written in the same transaction as each decision. */
export function createAuditRepository(db: Db) {
  const TableName = db.tableName;
  return {
    /** A Put for the decision's transaction; the entry can never exist without its decision. */
    entryItem(entry: Omit<AuditEntry, 'id' | 'actorName'>): TransactItem {
      const id = newId(new Date(entry.at));
      return {
        Put: {
          TableName,
          Item: {
            ...keys.entry(entry.entityId, entry.at, id),
            entity: 'audit',
            logPk: keys.platformLog,
            logSk: keys.byTime(entry.at, id),
            id,
            ...entry,
          },
        },
      };
    },

    /**
     * A former moderator erased their account (DESIGN §7): their entries keep the decision and
     * the item, and name the erased-account marker instead of them. Found with a filtered Query
     * over the whole platform log (every page): costly, but erasures are rare. Answers how many.
     */
    async eraseActor(sub: string, marker: string): Promise<number> {
      let changed = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName,
            IndexName: 'log',
            KeyConditionExpression: 'logPk = :log',
            FilterExpression: 'actorSub = :sub',
            ExpressionAttributeValues: { ':log': keys.platformLog, ':sub': sub },
            ProjectionExpression: 'pk, sk',
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of out.Items ?? []) {
          await db.doc.send(new UpdateCommand(markerUpdate(TableName, item, 'actorSub', marker)));
          changed++;
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return changed;
    },

    /** Every entry since `since` (ISO time), for the overview; follows DynamoDB's pages. */
    async listSince(since: string): Promise<AuditEntry[]> {
      const entries: AuditEntry[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName,
            IndexName: 'log',
            KeyConditionExpression: 'logPk = :log AND logSk >= :since',
            ExpressionAttributeValues: { ':log': keys.platformLog, ':since': since },
            ExclusiveStartKey: startKey,
          }),
        );
        entries.push(...(out.Items ?? []).map(strip));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return entries;
    },

    /** Newest first; for one item, or for the whole platform. */
    async list(options: { entityId?: string; limit: number; startKey?: PageKey }) {
      const out = await db.doc.send(
        new QueryCommand({
          TableName,
          ...(options.entityId
            ? {
                KeyConditionExpression: 'pk = :pk',
                ExpressionAttributeValues: { ':pk': keys.entity(options.entityId) },
              }
            : {
                IndexName: 'log',
                KeyConditionExpression: 'logPk = :log',
                ExpressionAttributeValues: { ':log': keys.platformLog },
              }),
          ScanIndexForward: false,
          Limit: options.limit,
          ExclusiveStartKey: options.startKey,
        }),
      );
      return {
        items: (out.Items ?? []).map(strip),
        lastKey: out.LastEvaluatedKey as PageKey | undefined,
      };
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;

/**
 * An UpdateItem that puts `marker` where an erased person's sub stood (and drops any name copied
 * beside it), only on an item that still exists.
 */
export function markerUpdate(
  TableName: string,
  key: Record<string, unknown>,
  field: string,
  marker: string,
) {
  return {
    TableName,
    Key: { pk: key.pk, sk: key.sk },
    UpdateExpression: 'SET #field = :marker REMOVE #name',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: { '#field': field, '#name': field.replace(/Sub$/, 'Name') },
    ExpressionAttributeValues: { ':marker': marker },
  };
}
