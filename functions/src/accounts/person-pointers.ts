import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  CONSENT_USES,
  type ConsentEntry,
  type ConsentUse,
} from '../../../shared/schemas/consent-ledger';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import type { TransactItem } from '../core/transact';
import { accountKeys, toContribution, type Contribution, type ReportMade } from './keys';

/** What one change of a story's consent records: everything of an entry but the use and answer. */
export type ConsentChange = Omit<ConsentEntry, 'use' | 'granted'>;
/** The answer per use that a change gave; uses it left as they were are absent. */
export type ConsentAnswers = Partial<Record<ConsentUse, boolean>>;

const CONSENT_FIELDS = [
  'storyId',
  'storyTitle',
  'use',
  'granted',
  'licence',
  'termsVersion',
  'at',
  'source',
] as const;

/** A ledger item as the API shows it (the export reads the same items, so it maps them here too). */
export const toConsentEntry = (item: Record<string, unknown>): ConsentEntry =>
  Object.fromEntries(CONSENT_FIELDS.map((field) => [field, item[field]])) as ConsentEntry;

/**
 * The person's pointers (to what they wrote, support and reported) and their consent ledger: each
 * item is put in the transaction of the change it records, so a consistent Query of their
 * partition finds all of them (docs/data-model.md). Part of the accounts repository.
 */
export function createPersonPointers(db: Db) {
  const TableName = db.tableName;

  /** The sort keys of the person's items under `prefix`: a consistent Query, every page. */
  async function pointerKeys(sub: string, prefix: string): Promise<string[]> {
    const sks: string[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await db.doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': accountKeys.partition(sub), ':prefix': prefix },
          ProjectionExpression: 'sk',
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      sks.push(...(out.Items ?? []).map((item) => item.sk as string));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return sks;
  }

  return {
    /** The pointer from the person to a story or comment they wrote; in that item's transaction. */
    contributionItem(sub: string, ref: Contribution, at: string): TransactItem {
      return {
        Put: {
          TableName,
          Item: { ...accountKeys.contribution(sub, ref), entity: 'contribution', at },
        },
      };
    },

    /**
     * The consent ledger's entries for one change of a story's consent, one per use answered, for
     * that change's own transaction. An entry is never overwritten: the ledger only grows.
     */
    consentEntryItems(sub: string, change: ConsentChange, answers: ConsentAnswers): TransactItem[] {
      return CONSENT_USES.filter((use) => answers[use] !== undefined).map((use) => ({
        Put: {
          TableName,
          Item: {
            ...accountKeys.consent(sub, { ...change, use }),
            entity: 'consent',
            ...change,
            use,
            granted: answers[use],
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }));
    },

    /**
     * A page of the person's consent ledger, newest first: one Query of their partition. Strongly
     * consistent, so a consent just changed is listed.
     */
    async consents(
      sub: string,
      page: { limit: number; startKey?: PageKey },
    ): Promise<{ items: ConsentEntry[]; lastKey?: PageKey }> {
      const out = await db.doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :consent)',
          ExpressionAttributeValues: {
            ':pk': accountKeys.partition(sub),
            ':consent': accountKeys.consentPrefix,
          },
          ScanIndexForward: false,
          Limit: page.limit,
          ExclusiveStartKey: page.startKey,
          ConsistentRead: true,
        }),
      );
      return {
        items: (out.Items ?? []).map(toConsentEntry),
        lastKey: out.LastEvaluatedKey as PageKey | undefined,
      };
    },

    /** Everything the person wrote, strongly consistent, every page. */
    async contributions(sub: string): Promise<Contribution[]> {
      const sks = await pointerKeys(sub, accountKeys.contributionPrefix);
      return sks.map(toContribution).filter((ref) => ref !== null);
    },

    /**
     * The person's pointer to a story they support: put or deleted in the vote's own transaction.
     * Without a timestamp, like the vote item: a retry with the same Idempotency-Key must send the
     * very same request.
     */
    supportItem(sub: string, storyId: string, supported: boolean): TransactItem {
      const Key = accountKeys.support(sub, storyId);
      return supported
        ? { Put: { TableName, Item: { ...Key, entity: 'support-pointer', storyId } } }
        : { Delete: { TableName, Key } };
    },

    /** The stories the person supports, strongly consistent, every page. */
    async supports(sub: string): Promise<string[]> {
      const sks = await pointerKeys(sub, accountKeys.supportPrefix);
      return sks.map((sk) => sk.slice(accountKeys.supportPrefix.length));
    },

    /** The person's pointer to an item they reported; in the report's own transaction. */
    reportPointerItem(sub: string, report: ReportMade, at: string): TransactItem {
      return {
        Put: {
          TableName,
          Item: {
            ...accountKeys.report(sub, report.storyId, report.target),
            entity: 'report-pointer',
            ...report,
            at,
          },
        },
      };
    },

    /** What the person reported, strongly consistent, every page. */
    async reportsMade(sub: string): Promise<ReportMade[]> {
      const sks = await pointerKeys(sub, accountKeys.reportPrefix);
      return sks.flatMap((sk) => {
        const [, storyId, target] = sk.split('#');
        return storyId && target ? [{ storyId, target }] : [];
      });
    },

    /** The pointer keys of other people's items that an erasure deletes with what they point to. */
    contributionKey: (sub: string, ref: Contribution) => accountKeys.contribution(sub, ref),
    supportKey: (sub: string, storyId: string) => accountKeys.support(sub, storyId),
    reportKey: (sub: string, report: ReportMade) =>
      accountKeys.report(sub, report.storyId, report.target),
  };
}
