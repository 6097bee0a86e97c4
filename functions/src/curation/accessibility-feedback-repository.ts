import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type {
  AccessibilityFeedback,
  AccessibilityFeedbackInput,
} from '../../../shared/schemas/feedback';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import { newId } from '../core/ids';
import type { TransactItem } from '../core/transact';

/** One partition, sorted by ULID: newest first is one Query with ScanIndexForward false. */
const PARTITION = 'FEEDBACK#ACCESSIBILITY';

/** How long a feedback is kept: it may hold a contact detail (personal data), so at most a year. */
export const FEEDBACK_RETENTION_DAYS = 365;

/** Feedback on barriers, sent with the accessibility statement's form; curators read it. */
export function createAccessibilityFeedbackRepository(db: Db) {
  const TableName = db.tableName;
  return {
    /** A Put for the sender's transaction (with their hourly counter). */
    newItem(
      input: AccessibilityFeedbackInput,
      now: Date,
    ): { item: TransactItem; stored: AccessibilityFeedback } {
      const id = newId(now);
      const stored: AccessibilityFeedback = { id, ...input, receivedAt: now.toISOString() };
      const expiresAt = Math.floor(now.getTime() / 1000) + FEEDBACK_RETENTION_DAYS * 86_400;
      return {
        stored,
        item: {
          Put: {
            TableName,
            Item: { pk: PARTITION, sk: id, entity: 'accessibility-feedback', ...stored, expiresAt },
          },
        },
      };
    },

    /** Newest first: one Query on the feedback partition. */
    async list(limit: number, startKey?: PageKey) {
      const out = await db.doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': PARTITION },
          ScanIndexForward: false,
          Limit: limit,
          ExclusiveStartKey: startKey,
        }),
      );
      const items = (out.Items ?? []).map(
        ({ pk, sk, entity, expiresAt, ...feedback }) => feedback as AccessibilityFeedback,
      );
      return { items, lastKey: out.LastEvaluatedKey as PageKey | undefined };
    },
  };
}

export type AccessibilityFeedbackRepository = ReturnType<
  typeof createAccessibilityFeedbackRepository
>;
