import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CALL_PAGE_ANSWERS } from '../../../shared/schemas/calls';
import type { Db } from '../core/dynamo';
import type { TransactItem } from '../core/transact';
import { callPageHead, callPageQuery, waitingAnswersQuery } from '../stories/call-answers';
import { callKeys } from './call-keys';
import type { CallRecord } from './call-record';

const BOOKKEEPING = ['pk', 'sk', 'entity', 'listPk', 'listSk'];
const strip = (item: Record<string, unknown>) => {
  const record = { ...item };
  for (const key of BOOKKEEPING) delete record[key];
  return record as CallRecord;
};

/** The fields a curator changes; the rest is set once at creation. */
const EDITABLE = [
  'status',
  'title',
  'question',
  'intro',
  'prompts',
  'themes',
  'opensAt',
  'closesAt',
  'updatedAt',
  'publishedAt',
] as const;

/** Calls for stories; the only module that knows their keys (DESIGN §1). */
export function createCallRepository(db: Db) {
  const TableName = db.tableName;
  const item = (record: CallRecord) => ({
    ...callKeys.call(record.id),
    entity: 'call',
    ...record,
    ...callPageHead(record.id),
  });

  return {
    async create(record: CallRecord): Promise<void> {
      await db.doc.send(
        new PutCommand({
          TableName,
          Item: item(record),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    },

    /** One call, read consistently (an answer's openness is decided on it). */
    async get(id: string): Promise<CallRecord | null> {
      const out = await db.doc.send(
        new GetCommand({ TableName, Key: callKeys.call(id), ConsistentRead: true }),
      );
      return out.Item?.entity === 'call' ? strip(out.Item) : null;
    },

    /** Every call, drafts included (the caller filters): one Query of the `CALLS` partition. */
    async list(): Promise<CallRecord[]> {
      const records: CallRecord[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': callKeys.allCalls, ':prefix': callKeys.callPrefix },
            ExclusiveStartKey: startKey,
          }),
        );
        records.push(...(out.Items ?? []).map(strip));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return records;
    },

    /**
     * The call with its newest published answers (story items, for the caller to turn into public
     * cards): one Query of the call's page in the `lists` index (stories/call-answers.ts), from
     * the call down to the answers. The filter is a second guard: only published stories show.
     */
    async loadPage(
      id: string,
    ): Promise<{ call: CallRecord; answers: Record<string, unknown>[] } | null> {
      const page = callPageQuery(id);
      const out = await db.doc.send(
        new QueryCommand({
          TableName,
          ...page,
          FilterExpression: 'entity = :call OR #status = :published',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ...page.ExpressionAttributeValues,
            ':call': 'call',
            ':published': 'published',
          },
          Limit: CALL_PAGE_ANSWERS + 1,
        }),
      );
      const [head, ...answers] = out.Items ?? [];
      if (head?.entity !== 'call') return null;
      return { call: strip(head), answers };
    },

    /** How many answers wait for a moderator: a Query that only counts (no items read out). */
    async countWaiting(id: string): Promise<number> {
      let count = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName,
            ...waitingAnswersQuery(id),
            Select: 'COUNT',
            ExclusiveStartKey: startKey,
          }),
        );
        count += out.Count ?? 0;
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return count;
    },

    /** Writes the editable fields of `record` (its new version), conditional on the version read. */
    async save(record: CallRecord, readVersion: number): Promise<void> {
      const names: Record<string, string> = {};
      const values: Record<string, unknown> = { ':read': readVersion, ':version': record.version };
      const sets = ['version = :version'];
      const removes: string[] = [];
      for (const field of EDITABLE) {
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
          Key: callKeys.call(record.id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: 'version = :read',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
    },

    /**
     * Holds only while the call is open at `at`: published, opened, not closed. A story that
     * answers a call checks this in its own transaction, so a call closed or taken back between
     * the read and the write refuses the answer.
     */
    openCheckItem(id: string, at: string): TransactItem {
      return {
        ConditionCheck: {
          TableName,
          Key: callKeys.call(id),
          ConditionExpression:
            '#status = :published AND opensAt <= :at AND (attribute_not_exists(closesAt) OR closesAt > :at)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':published': 'published', ':at': at },
        },
      };
    },
  };
}

export type CallRepository = ReturnType<typeof createCallRepository>;
