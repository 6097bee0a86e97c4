import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../core/dynamo';
import type { TransactItem } from '../core/transact';

const keys = { decisionNotices: (sub: string) => ({ pk: `USER#${sub}`, sk: 'NOTICES' }) };

/** A person's account items: for now the count of moderator decisions they have not seen. */
export function createAccountRepository(db: Db) {
  const TableName = db.tableName;
  return {
    /** Counts one more unseen decision; rides in the decision's own transaction. */
    decisionNoticeItem(sub: string): TransactItem {
      return {
        Update: {
          TableName,
          Key: keys.decisionNotices(sub),
          UpdateExpression: 'ADD unseenDecisions :one',
          ExpressionAttributeValues: { ':one': 1 },
        },
      };
    },
    async unseenDecisions(sub: string): Promise<number> {
      const out = await db.doc.send(new GetCommand({ TableName, Key: keys.decisionNotices(sub) }));
      return (out.Item?.unseenDecisions as number | undefined) ?? 0;
    },
    async markDecisionsSeen(sub: string): Promise<void> {
      await db.doc.send(
        new UpdateCommand({
          TableName,
          Key: keys.decisionNotices(sub),
          UpdateExpression: 'SET unseenDecisions = :zero',
          ExpressionAttributeValues: { ':zero': 0 },
        }),
      );
    },
  };
}
export type AccountRepository = ReturnType<typeof createAccountRepository>;
