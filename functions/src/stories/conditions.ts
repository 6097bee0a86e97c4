import type { TransactItem } from '../core/transact';

/**
 * Conditions and update parts that several items of the stories context share, written once.
 */

/** An item (a story, a comment) is published: the precondition of every interaction with it. */
export const PUBLISHED = {
  expression: '#status = :published',
  names: { '#status': 'status' },
  values: { ':published': 'published' },
} as const;

/**
 * A transaction item that holds only while the item at `Key` is published: a ConditionCheck, or
 * with `update` an Update (a counter) on that condition.
 */
export function whilePublished(
  TableName: string,
  Key: Record<string, string>,
  update?: { expression: string; values: Record<string, unknown> },
): TransactItem {
  const condition = {
    TableName,
    Key,
    ConditionExpression: PUBLISHED.expression,
    ExpressionAttributeNames: { ...PUBLISHED.names },
  };
  if (!update) {
    return { ConditionCheck: { ...condition, ExpressionAttributeValues: { ...PUBLISHED.values } } };
  }
  return {
    Update: {
      ...condition,
      UpdateExpression: update.expression,
      ExpressionAttributeValues: { ...PUBLISHED.values, ...update.values },
    },
  };
}

/** The parts of one UpdateExpression, collected by the repository that builds it. */
export type UpdateParts = {
  sets: string[];
  removes: string[];
  values: Record<string, unknown>;
};

/**
 * Settles open reports on a story or comment: the count starts again, and the marks the reports
 * left (who hid it, the reasons and notes) go.
 */
export function clearReports(parts: UpdateParts): void {
  parts.sets.push('reportCount = :zero');
  parts.removes.push('hiddenBy', 'reportReasons', 'reportNotes');
  parts.values[':zero'] = 0;
}

/** `SET …` and, if anything is removed, ` REMOVE …`. */
export const updateExpression = ({ sets, removes }: UpdateParts) =>
  `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`;
