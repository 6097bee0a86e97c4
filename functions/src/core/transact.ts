import {
  TransactionCanceledException,
  TransactionInProgressException,
} from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Db } from './dynamo';

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;
/** One Put, Update, Delete or ConditionCheck of a TransactWriteItems. */
export type TransactItem = TransactItems[number];

/** Why a transaction did not go through: a named item's condition failed. */
export class TransactionConditionError extends Error {
  constructor(
    /** Index of each item whose condition failed. */
    readonly failedIndexes: number[],
  ) {
    super(`Transaction condition failed at ${failedIndexes.join(', ')}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One TransactWriteItems, retried on TransactionConflict (a concurrent transaction touched the same
 * item) with exponential backoff and full jitter. Conditions that fail are not retried: they are
 * the answer, reported as a TransactionConditionError with the failing item indexes.
 * `token` makes retries of the same logical action idempotent (ClientRequestToken, 10 minutes).
 */
export async function transactWrite(
  db: Db,
  items: TransactItems,
  options: { token?: string; maxAttempts?: number } = {},
): Promise<void> {
  const maxAttempts = options.maxAttempts ?? 12;
  for (let attempt = 1; ; attempt++) {
    try {
      await db.doc.send(
        new TransactWriteCommand({ TransactItems: items, ClientRequestToken: options.token }),
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
      const failed = reasons
        .map((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? index : -1))
        .filter((index) => index >= 0);
      if (failed.length > 0) throw new TransactionConditionError(failed);
      const conflict = reasons.some((r) => r.Code === 'TransactionConflict');
      if (!conflict || attempt >= maxAttempts) throw error;
      const ceiling = Math.min(1000, 20 * 2 ** attempt);
      await sleep(Math.random() * ceiling);
    }
  }
}
