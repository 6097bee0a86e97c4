import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { deleteKeys, queryPartition } from '../core/batch-delete';
import { erasedSubKey } from '../core/caller-key';
import type { Db } from '../core/dynamo';
import { ProblemError } from '../core/problem-json';
import type { TransactItem } from '../core/transact';
import { accountKeys } from './keys';

/**
 * How long an erased person's tombstone refuses their tokens: past the longest access token
 * (Cognito's and the local provider's live an hour, the development issuer's twelve). After that
 * no token of theirs verifies any more, and the account is gone at the issuer.
 */
export const ERASED_TOMBSTONE_SECONDS = 24 * 3600;
/** Erasure requests per person within a tombstone's lifetime: each one does a lot of work. */
export const ERASURE_ATTEMPTS = 10;

/**
 * A request of an erased person's still-valid token that would write for them again: refused as
 * the token it is (401), wherever it is thrown.
 */
export class AccountErasedError extends ProblemError {
  constructor() {
    super(401, 'account-erased', 'This account was deleted; its sign-in is no longer valid.', {
      headers: { 'www-authenticate': 'Bearer' },
    });
  }
}

/**
 * An erasure's own items (DESIGN §7): the tombstone that refuses an erased person's still-valid
 * tokens, and the deletion of their partition at the end. Part of the accounts repository.
 */
export function createErasureTombstone(db: Db, secret: string) {
  const TableName = db.tableName;
  const tombstone = (sub: string) => accountKeys.erased(erasedSubKey(secret, sub));

  return {
    /**
     * Holds only while the person has not erased their account: rides in every transaction a
     * signed-in person's request writes for them (a support, a report, a new profile), so a token
     * that outlives the account writes nothing. Costs no request of its own.
     */
    notErasedItem(sub: string): TransactItem {
      return {
        ConditionCheck: {
          TableName,
          Key: tombstone(sub),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    },

    /**
     * Puts (or renews) the person's tombstone before their erasure starts, counting the attempt:
     * false when they asked too often within its lifetime. The item holds no sub, only its HMAC.
     */
    async markErased(sub: string, now: Date): Promise<boolean> {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName,
            Key: tombstone(sub),
            UpdateExpression:
              'ADD attempts :one SET entity = :entity, expiresAt = :expires, erasedAt = if_not_exists(erasedAt, :at)',
            ConditionExpression: 'attribute_not_exists(attempts) OR attempts < :limit',
            ExpressionAttributeValues: {
              ':one': 1,
              ':entity': 'erased-account',
              ':expires': Math.floor(now.getTime() / 1000) + ERASED_TOMBSTONE_SECONDS,
              ':at': now.toISOString(),
              ':limit': ERASURE_ATTEMPTS,
            },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },

    /**
     * The last step of an erasure: every item of the person's partition (profile, notices,
     * pointers, consent ledger) and their rate-limit counters, BatchWriteItem 25 at a time.
     */
    async deletePersonalItems(sub: string): Promise<number> {
      const keys = [
        ...(await queryPartition(db, accountKeys.partition(sub), { projection: ['pk', 'sk'] })),
        ...(await queryPartition(db, accountKeys.rateLimits(sub), { projection: ['pk', 'sk'] })),
      ];
      await deleteKeys(db, keys);
      return keys.length;
    },
  };
}
