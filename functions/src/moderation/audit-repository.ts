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
  /**
   * The story's title or the comment's beginning, so the log reads without lookups. Once the story
   * is withdrawn or erased (or the comment erased), it moves into the entry's excerpt item, which
   * expires; `titleKeptUntil` (ISO time) then says until when the excerpt holds it.
   */
  title?: string;
  titleKeptUntil?: string;
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
  /**
   * The excerpt of one entry (its title, kept apart so that TTL can delete it and not the
   * decision), in the entity's partition. `E` sorts after every entry's time (a digit), so the
   * entity's log reads the entries below `EXCERPT#` and never the excerpts.
   */
  excerpt: (entityId: string, entryId: string) => ({
    pk: `AUDIT#${entityId}`,
    sk: `EXCERPT#${entryId}`,
  }),
  excerptPrefix: 'EXCERPT#',
  platformLog: 'LOG#moderation',
};

/** An entry that still carries its title, as `titledEntries` reads it. */
export type TitledEntry = { pk: string; sk: string; id: string; title: string; reason?: string };

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
      return markInLog(db, { logPk: keys.platformLog, field: 'actorSub', sub, marker });
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
                KeyConditionExpression: 'pk = :pk AND sk < :excerpts',
                ExpressionAttributeValues: {
                  ':pk': keys.entity(options.entityId),
                  ':excerpts': keys.excerptPrefix,
                },
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

    /** The key of an entry's excerpt, for the log's one BatchGetItem per page. */
    excerptKey: (entry: Pick<AuditEntry, 'entityId' | 'id'>) =>
      keys.excerpt(entry.entityId, entry.id),

    /**
     * The entity's entries that still carry a title: strongly consistent (a decision committed
     * just before the withdrawal is among them), every page. Retention only, never a request path.
     */
    async titledEntries(entityId: string): Promise<TitledEntry[]> {
      const found: TitledEntry[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk AND sk < :excerpts',
            FilterExpression: 'attribute_type(title, :string)',
            ExpressionAttributeValues: {
              ':pk': keys.entity(entityId),
              ':excerpts': keys.excerptPrefix,
              ':string': 'S',
            },
            ProjectionExpression: 'pk, sk, id, title, reason',
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        found.push(...((out.Items ?? []) as TitledEntry[]));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return found;
    },

    /**
     * Moves an entry's title (and the moderator's reason) into its excerpt, which TTL deletes at `expiresAt` (epoch seconds):
     * the Put of the excerpt and the entry's update, for one TransactWriteItems. The update holds
     * only while the entry still has that title, so a second run (a redelivered change) cannot
     * put the excerpt again with a later expiry.
     */
    titleToExcerptItems(entityId: string, entry: TitledEntry, expiresAt: number): TransactItem[] {
      return [
        {
          Put: {
            TableName,
            Item: {
              ...keys.excerpt(entityId, entry.id),
              entity: 'audit-excerpt',
              entryId: entry.id,
              title: entry.title,
              // The reason often quotes the text it is about: it goes with the title.
              ...(entry.reason !== undefined ? { reason: entry.reason } : {}),
              expiresAt,
            },
          },
        },
        {
          Update: {
            TableName,
            Key: { pk: entry.pk, sk: entry.sk },
            UpdateExpression: 'REMOVE title, reason SET titleKeptUntil = :until',
            ConditionExpression: 'title = :title',
            ExpressionAttributeValues: {
              ':title': entry.title,
              ':until': new Date(expiresAt * 1000).toISOString(),
            },
          },
        },
      ];
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

/**
 * Puts `marker` where an erased person's sub stands in `field`, on every item of one partition of
 * the `log` index (the moderation log, the notes): a filtered Query over all of it, every page.
 * Costly, but erasures are rare. Answers how many items changed.
 */
export async function markInLog(
  db: Db,
  target: { logPk: string; field: string; sub: string; marker: string },
): Promise<number> {
  let changed = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: 'log',
        KeyConditionExpression: 'logPk = :log',
        FilterExpression: '#field = :sub',
        ExpressionAttributeNames: { '#field': target.field },
        ExpressionAttributeValues: { ':log': target.logPk, ':sub': target.sub },
        ProjectionExpression: 'pk, sk',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) {
      await db.doc.send(
        new UpdateCommand(markerUpdate(db.tableName, item, target.field, target.marker)),
      );
      changed++;
    }
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return changed;
}
