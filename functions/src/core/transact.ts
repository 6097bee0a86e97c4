import {
  TransactionCanceledException,
  TransactionInProgressException,
  type CancellationReason,
} from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './dynamo';

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;
/** One Put, Update, Delete or ConditionCheck of a TransactWriteItems. */
export type TransactItem = TransactItems[number];

/** The most items one TransactWriteItems may hold (DynamoDB's limit). */
export const MAX_TRANSACTION_ITEMS = 100;

/**
 * The items of one transaction by name: one item, or a group that shares a name (a story's feed
 * slots, its exhibitions). An absent item (`undefined`, an empty group) is simply not sent. The
 * names are what a command asks about when a condition fails; their order carries no meaning.
 */
export type NamedItems = Record<string, TransactItem | readonly TransactItem[] | undefined>;

/** Why a transaction did not go through: the condition of some named items failed. */
export class TransactionConditionError extends Error {
  constructor(
    /** The name of each item whose condition failed. */
    readonly failedNames: ReadonlySet<string>,
  ) {
    super(`Transaction condition failed: ${[...failedNames].join(', ')}`);
  }

  /** Whether the condition of the item (or of any item of the group) called `name` failed. */
  failed(name: string): boolean {
    return this.failedNames.has(name);
  }
}

/** The items in sending order, and the name each position answers to. */
export function flattenNamed(items: NamedItems): { names: string[]; list: TransactItem[] } {
  const names: string[] = [];
  const list: TransactItem[] = [];
  for (const [name, entry] of Object.entries(items)) {
    if (entry === undefined) continue;
    for (const item of Array.isArray(entry) ? entry : [entry as TransactItem]) {
      names.push(name);
      list.push(item);
    }
  }
  return { names, list };
}

/** The names of the items whose condition failed, from a cancellation's reasons. */
export function failedNames(names: string[], reasons: CancellationReason[]): Set<string> {
  const failed = new Set<string>();
  reasons.forEach((reason, index) => {
    if (reason.Code === 'ConditionalCheckFailed') failed.add(names[index] ?? `#${index}`);
  });
  return failed;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One TransactWriteItems of named items, retried on TransactionConflict (a concurrent transaction
 * touched the same item) with exponential backoff and full jitter. Conditions that fail are not
 * retried: they are the answer, reported as a TransactionConditionError naming the failed items.
 * `token` makes retries of the same logical action idempotent (ClientRequestToken, 10 minutes).
 */
export async function transactWrite(
  db: Db,
  items: NamedItems,
  options: { token?: string; maxAttempts?: number } = {},
): Promise<void> {
  const { names, list } = flattenNamed(items);
  const maxAttempts = options.maxAttempts ?? 12;
  for (let attempt = 1; ; attempt++) {
    try {
      await db.doc.send(
        new TransactWriteCommand({ TransactItems: list, ClientRequestToken: options.token }),
      );
      return;
    } catch (error) {
      // The same idempotency token still in flight: wait for it like for a conflict.
      if (error instanceof TransactionInProgressException && attempt < maxAttempts) {
        await sleep(Math.random() * Math.min(1000, 20 * 2 ** attempt));
        continue;
      }
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = error.CancellationReasons ?? [];
      const failed = failedNames(names, reasons);
      if (failed.size > 0) throw new TransactionConditionError(failed);
      const conflict = reasons.some((r) => r.Code === 'TransactionConflict');
      if (!conflict || attempt >= maxAttempts) throw error;
      const ceiling = Math.min(1000, 20 * 2 ** attempt);
      await sleep(Math.random() * ceiling);
    }
  }
}
