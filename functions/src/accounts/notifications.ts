import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Notification } from '../../../shared/schemas/notification';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import { TransactionConditionError, transactWrite } from '../core/transact';
import { accountKeys } from './keys';

/** A museum answer on one of the person's stories, as the notifier hands it over. */
export type MuseumAnswerNotice = {
  storyId: string;
  storyTitle: string;
  commentId: string;
  /** When the answer was written: its place in the list. */
  at: string;
};

const toNotification = (item: Record<string, unknown>, readAt: string | undefined) =>
  ({
    id: `${String(item.storyId)}-${String(item.commentId)}`,
    kind: 'museum-answer',
    storyId: String(item.storyId),
    storyTitle: String(item.storyTitle),
    commentId: String(item.commentId),
    at: String(item.at),
    // Read by when the notice arrived (not when the answer was written), so a notice that came
    // after the person last marked them read is never shown as read.
    read: readAt !== undefined && String(item.noticedAt ?? item.at) <= readAt,
  }) satisfies Notification;

/**
 * The person's in-app notifications, in their partition: one item per museum answer, and on the
 * notices item (`NOTICES`, beside the unseen decisions) the unread count and when they last
 * marked them read. No item names who answered: the notice stays the person's own, and an
 * answering curator's erasure has nothing to find here. Part of the accounts repository.
 */
export function createNotifications(db: Db) {
  const TableName = db.tableName;
  return {
    /**
     * Puts the notice and counts it unread, in one transaction. False when this answer was
     * noticed before (a redelivered stream record): nothing changes.
     */
    async addMuseumAnswer(
      sub: string,
      notice: MuseumAnswerNotice,
      noticedAt: string,
    ): Promise<boolean> {
      try {
        await transactWrite(db, {
          notice: {
            Put: {
              TableName,
              Item: {
                ...accountKeys.notification(sub, notice.at, notice.storyId, notice.commentId),
                entity: 'notification',
                kind: 'museum-answer',
                ...notice,
                noticedAt,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          count: {
            Update: {
              TableName,
              Key: accountKeys.decisionNotices(sub),
              UpdateExpression: 'ADD unreadNotifications :one',
              ExpressionAttributeValues: { ':one': 1 },
            },
          },
          // Only while the person has a profile: an erasure that deleted their partition after
          // the notifier read it must not find a notice put back under their sub.
          profile: {
            ConditionCheck: {
              TableName,
              Key: accountKeys.profile(sub),
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
        });
        return true;
      } catch (error) {
        const refused = error instanceof TransactionConditionError;
        if (refused && (error.failed('notice') || error.failed('profile'))) return false;
        throw error;
      }
    },

    /**
     * A page of the person's notifications, newest first, each marked read or not: one Query of
     * their notifications and one GetItem of the notices item, in parallel.
     */
    async notifications(
      sub: string,
      options: { limit: number; startKey?: PageKey },
    ): Promise<{ items: Notification[]; unread: number; lastKey?: PageKey }> {
      const [page, notices] = await Promise.all([
        db.doc.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: {
              ':pk': accountKeys.partition(sub),
              ':prefix': accountKeys.notificationPrefix,
            },
            ScanIndexForward: false,
            Limit: options.limit,
            ExclusiveStartKey: options.startKey,
          }),
        ),
        db.doc.send(
          new GetCommand({
            TableName,
            Key: accountKeys.decisionNotices(sub),
            ProjectionExpression: 'unreadNotifications, notificationsReadAt',
          }),
        ),
      ]);
      const readAt = notices.Item?.notificationsReadAt as string | undefined;
      return {
        items: (page.Items ?? []).map((item) => toNotification(item, readAt)),
        unread: Math.max(0, (notices.Item?.unreadNotifications as number | undefined) ?? 0),
        lastKey: page.LastEvaluatedKey as PageKey | undefined,
      };
    },

    /** Every notification up to `at` is read: the count goes to 0. One UpdateItem. */
    async markNotificationsRead(sub: string, at: string): Promise<void> {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName,
            Key: accountKeys.decisionNotices(sub),
            UpdateExpression: 'SET unreadNotifications = :zero, notificationsReadAt = :at',
            // No notices item means nothing to read: no item is made for anyone.
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':zero': 0, ':at': at },
          }),
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
  };
}

/** A notification item as stored, for the export (read as of `readAt`). */
export const toExportedNotification = toNotification;
