import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoryStatus } from '../../../shared/vocabulary';
import type { Db } from '../core/dynamo';
import { commentKeyOf } from './comment-keys';
import type { CommentRecord } from './comment-record';
import { feedCounterUpdates, type TransactItem } from './feed-entries';
import { storyKeys } from './keys';

export type StoredComment = CommentRecord & {
  flags?: string[];
  flagSpans?: { kind: string; start: number; end: number }[];
  reportCount?: number;
  reportReasons?: Set<string>;
  hiddenBy?: string;
};

/** Comment reads and state changes for moderation; the keys stay in the stories context. */
export function createCommentRepository(db: Db) {
  const TableName = db.tableName;
  return {
    async get(storyId: string, commentId: string): Promise<StoredComment | null> {
      const Key = commentKeyOf(storyId, commentId);
      if (!Key) return null;
      const out = await db.doc.send(new GetCommand({ TableName, Key, ConsistentRead: true }));
      return (out.Item as StoredComment | undefined) ?? null;
    },

    /**
     * Moves a comment to `to`, conditional on the status read. When it becomes visible or stops
     * being visible, the counts follow in the same transaction: the story's, its feed cards' (only
     * while the story is published: otherwise it has none) and the parent's reply count.
     */
    stateChangeItems(
      comment: StoredComment,
      options: {
        to: CommentRecord['status'];
        at: string;
        storyStatus: StoryStatus;
        clearReports?: boolean;
      },
    ): TransactItem[] {
      const wasVisible = comment.status === 'published';
      const isVisible = options.to === 'published';
      const delta = isVisible === wasVisible ? 0 : isVisible ? 1 : -1;
      const removes = ['queuePk', 'queueSk'];
      const sets = ['#status = :to', 'updatedAt = :at'];
      const values: Record<string, unknown> = {
        ':to': options.to,
        ':at': options.at,
        ':from': comment.status,
      };
      if (options.clearReports)
        (sets.push('reportCount = :zero'),
          removes.push('hiddenBy', 'reportReasons'),
          (values[':zero'] = 0));
      const items: TransactItem[] = [
        {
          Update: {
            TableName,
            Key: commentKeyOf(comment.storyId, comment.id)!,
            UpdateExpression: `SET ${sets.join(', ')} REMOVE ${removes.join(', ')}`,
            ConditionExpression: '#status = :from',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: values,
          },
        },
      ];
      return [...items, ...commentCountItems(TableName, comment, delta, options.storyStatus)];
    },
  };
}
/**
 * The counts that follow a comment becoming visible (+1) or invisible (-1): the story's (which
 * must still be in `storyStatus`, since whether its feed cards exist depends on it), its feed
 * cards' (only while published) and the parent's reply count. Every path that shows or hides a
 * comment (a moderator's decision, a third report) counts through here.
 */
export function commentCountItems(
  TableName: string,
  comment: { storyId: string; parentId?: string },
  delta: number,
  storyStatus: StoryStatus,
): TransactItem[] {
  if (delta === 0) return [];
  const items: TransactItem[] = [
    {
      Update: {
        TableName,
        Key: storyKeys.story(comment.storyId),
        UpdateExpression: 'ADD commentCount :d',
        ConditionExpression: '#status = :storyStatus',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':d': delta, ':storyStatus': storyStatus },
      },
    },
  ];
  if (comment.parentId) {
    items.push({
      Update: {
        TableName,
        Key: storyKeys.comment(comment.storyId, comment.parentId),
        UpdateExpression: 'ADD replyCount :d',
        ExpressionAttributeValues: { ':d': delta },
      },
    });
  }
  if (storyStatus === 'published')
    items.push(...feedCounterUpdates(TableName, comment.storyId, { comments: delta }));
  return items;
}

export type CommentRepository = ReturnType<typeof createCommentRepository>;
