import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StoryStatus } from '../../../shared/vocabulary';
import type { Db } from '../core/dynamo';
import { clearReports, updateExpression, whilePublished, type UpdateParts } from './conditions';
import { commentKeyOf, commentQueue } from './comment-keys';
import type { CommentRecord } from './comment-record';
import { feedCounterUpdates, type TransactItem } from './feed-entries';
import { storyKeys } from './keys';

export type StoredComment = CommentRecord & {
  /** Emptied: its author erased their account while others had replied to it. */
  erased?: boolean;
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
    /**
     * Shows the author's new display name on their comment, for the rename's transaction. A
     * comment stored without a name (the author's own on their anonymous story), or with this
     * name already, fails the condition and stays as it is. `null` for a string that is no id.
     */
    authorNameItem(storyId: string, commentId: string, sub: string, name: string) {
      const Key = commentKeyOf(storyId, commentId);
      if (!Key) return null;
      return {
        Update: {
          TableName,
          Key,
          UpdateExpression: 'SET authorName = :name',
          ConditionExpression:
            'authorSub = :sub AND attribute_type(authorName, :string) AND authorName <> :name',
          ExpressionAttributeValues: { ':name': name, ':sub': sub, ':string': 'S' },
        },
      } satisfies TransactItem;
    },

    /**
     * An erased author's published comment stays (DESIGN §7 "anonymise"), with no link to them:
     * no sub (the marker instead), no name, so it shows "anonym". Only while it is still theirs.
     */
    anonymiseItem(comment: StoredComment, erasedSub: string): TransactItem {
      return {
        Update: {
          TableName,
          Key: commentKeyOf(comment.storyId, comment.id)!,
          UpdateExpression: 'SET authorSub = :erased, authorName = :none',
          ConditionExpression: 'authorSub = :sub',
          ExpressionAttributeValues: {
            ':erased': erasedSub,
            ':none': null,
            ':sub': comment.authorSub,
          },
        },
      };
    },

    /**
     * An erased author's comment that others replied to keeps its place for the thread, with no
     * author, name or text, out of the moderation queues and without the reports on it (their
     * notes would quote it). Its status and counts stay as they are, so every count stays exact.
     */
    emptyItem(comment: StoredComment, erasedSub: string): TransactItem {
      return {
        Update: {
          TableName,
          Key: commentKeyOf(comment.storyId, comment.id)!,
          UpdateExpression:
            'SET authorSub = :erased, authorName = :none, body = :empty, erased = :yes, reportCount = :zero REMOVE badge, flags, flagSpans, reportNotes, reportReasons, hiddenBy, lastReportAt, queuePk, queueSk',
          ConditionExpression: 'authorSub = :sub',
          ExpressionAttributeValues: {
            ':erased': erasedSub,
            ':none': null,
            ':empty': '',
            ':yes': true,
            ':zero': 0,
            ':sub': comment.authorSub,
          },
        },
      };
    },

    /**
     * Deletes an erased author's comment, with the counts that follow when it was visible (the
     * story's, its feed cards' while published, the parent's reply count) in the same
     * transaction: conditional on the author and on the story's status read, and for a top-level
     * comment on its reply count read, so a reply posted since the replies were looked at makes
     * the erasure read again (and keep the comment's place) rather than orphan the reply.
     */
    deleteItems(comment: StoredComment, storyStatus: StoryStatus | null) {
      const visible = comment.status === 'published' && storyStatus !== null;
      const replies = comment.parentId
        ? null
        : typeof comment.replyCount === 'number'
          ? { expression: ' AND replyCount = :replies', values: { ':replies': comment.replyCount } }
          : { expression: ' AND attribute_not_exists(replyCount)', values: {} };
      return {
        comment: {
          Delete: {
            TableName,
            Key: commentKeyOf(comment.storyId, comment.id)!,
            ConditionExpression: `authorSub = :sub AND #status = :status${replies?.expression ?? ''}`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':sub': comment.authorSub,
              ':status': comment.status,
              ...replies?.values,
            },
          },
        } satisfies TransactItem,
        ...(visible ? commentCountItems(TableName, comment, -1, storyStatus) : {}),
      };
    },

    /** The authors of the replies to a comment (any status), for an erasure. */
    async replyAuthors(storyId: string, parentId: string): Promise<string[]> {
      const authors: string[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: {
              ':pk': storyKeys.partition(storyId),
              ':prefix': storyKeys.replyPrefix(parentId),
            },
            ProjectionExpression: 'authorSub',
            ConsistentRead: true,
            ExclusiveStartKey: startKey,
          }),
        );
        authors.push(...(out.Items ?? []).map((item) => String(item.authorSub)));
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return authors;
    },

    async get(storyId: string, commentId: string): Promise<StoredComment | null> {
      const Key = commentKeyOf(storyId, commentId);
      if (!Key) return null;
      const out = await db.doc.send(new GetCommand({ TableName, Key, ConsistentRead: true }));
      return (out.Item as StoredComment | undefined) ?? null;
    },

    /**
     * The Put of a new comment (refused if the id is taken) with its pre-screen flags (the kinds,
     * and where they are); a held comment waits in the comments queue.
     */
    newCommentItem(
      record: CommentRecord,
      screened: { flags: string[]; flagSpans: unknown[] },
    ): TransactItem {
      const at = record.createdAt;
      return {
        Put: {
          TableName,
          Item: {
            ...commentKeyOf(record.storyId, record.id)!,
            entity: 'comment',
            ...record,
            flags: screened.flags,
            flagSpans: screened.flagSpans,
            ...(record.status === 'held' ? commentQueue(at, record.storyId, record.id) : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    },

    /**
     * A new reply's parent, which must be a published comment: its reply count goes up (+1), or
     * it is only checked (0) while the reply is held.
     */
    replyCountItem(storyId: string, parentId: string, counted: 0 | 1): TransactItem {
      const Key = storyKeys.comment(storyId, parentId);
      return counted
        ? whilePublished(TableName, Key, {
            expression: 'ADD replyCount :one',
            values: { ':one': 1 },
          })
        : whilePublished(TableName, Key);
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
    ): { comment: TransactItem } & CountItems {
      const wasVisible = comment.status === 'published';
      const isVisible = options.to === 'published';
      const delta = isVisible === wasVisible ? 0 : isVisible ? 1 : -1;
      const parts: UpdateParts = {
        sets: ['#status = :to', 'updatedAt = :at'],
        removes: ['queuePk', 'queueSk'],
        values: { ':to': options.to, ':at': options.at, ':from': comment.status },
      };
      if (options.clearReports) clearReports(parts);
      return {
        comment: {
          Update: {
            TableName,
            Key: commentKeyOf(comment.storyId, comment.id)!,
            UpdateExpression: updateExpression(parts),
            ConditionExpression: '#status = :from',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: parts.values,
          },
        },
        ...commentCountItems(TableName, comment, delta, options.storyStatus),
      };
    },

    /**
     * The keys of the story's comments and replies that wait in a moderation queue (held, or
     * reported): two Queries over the story's comments, in parallel, each followed to its end.
     */
    async queuedKeys(storyId: string): Promise<CommentKey[]> {
      const prefixes = [storyKeys.commentPrefix, storyKeys.allRepliesPrefix];
      const pages = await Promise.all(
        prefixes.map(async (prefix) => {
          const keys: CommentKey[] = [];
          let startKey: Record<string, unknown> | undefined;
          do {
            const out = await db.doc.send(
              new QueryCommand({
                TableName,
                KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
                FilterExpression: 'attribute_exists(queuePk)',
                ProjectionExpression: 'pk, sk',
                ExpressionAttributeValues: {
                  ':pk': storyKeys.partition(storyId),
                  ':prefix': prefix,
                },
                ExclusiveStartKey: startKey,
              }),
            );
            keys.push(...((out.Items ?? []) as CommentKey[]));
            startKey = out.LastEvaluatedKey;
          } while (startKey);
          return keys;
        }),
      );
      return pages.flat();
    },

    /**
     * The ids of the story's comments and replies a moderator ever decided on (only a decision
     * sets `updatedAt`): those have entries in the audit log. Two Queries, in parallel, each
     * followed to its end; for retention after a withdrawal, never in a request path.
     */
    async decidedIds(storyId: string): Promise<string[]> {
      const prefixes = [storyKeys.commentPrefix, storyKeys.allRepliesPrefix];
      const pages = await Promise.all(
        prefixes.map(async (prefix) => {
          const ids: string[] = [];
          let startKey: Record<string, unknown> | undefined;
          do {
            const out = await db.doc.send(
              new QueryCommand({
                TableName,
                KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
                FilterExpression: 'attribute_exists(updatedAt)',
                ProjectionExpression: 'id',
                ExpressionAttributeValues: {
                  ':pk': storyKeys.partition(storyId),
                  ':prefix': prefix,
                },
                ExclusiveStartKey: startKey,
              }),
            );
            ids.push(...(out.Items ?? []).map((item) => String(item.id)));
            startKey = out.LastEvaluatedKey;
          } while (startKey);
          return ids;
        }),
      );
      return pages.flat();
    },

    /**
     * Takes a comment out of whichever moderation queue it waits in, changing nothing else (its
     * story was withdrawn: there is nothing left to decide). Harmless if a moderator decided
     * meanwhile; never creates an item.
     */
    leaveQueueItem(key: CommentKey): TransactItem {
      return {
        Update: {
          TableName,
          Key: { pk: key.pk, sk: key.sk },
          UpdateExpression: 'REMOVE queuePk, queueSk',
          ConditionExpression: 'attribute_exists(pk)',
        },
      };
    },

    /** See `commentCountItems`. */
    countItems(
      comment: { storyId: string; parentId?: string },
      delta: number,
      storyStatus: StoryStatus,
    ): CountItems {
      return commentCountItems(TableName, comment, delta, storyStatus);
    },
  };
}

/** A stored comment's key, as read from the table (opaque outside this repository). */
export type CommentKey = { pk: string; sk: string };

/** The counts that follow a comment's visibility, by name: absent when nothing changes. */
export type CountItems = { story?: TransactItem; parent?: TransactItem; feed?: TransactItem[] };

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
): CountItems {
  if (delta === 0) return {};
  return {
    story: {
      Update: {
        TableName,
        Key: storyKeys.story(comment.storyId),
        UpdateExpression: 'ADD commentCount :d',
        ConditionExpression: '#status = :storyStatus',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':d': delta, ':storyStatus': storyStatus },
      },
    },
    parent: comment.parentId
      ? {
          Update: {
            TableName,
            Key: storyKeys.comment(comment.storyId, comment.parentId),
            UpdateExpression: 'ADD replyCount :d',
            ExpressionAttributeValues: { ':d': delta },
          },
        }
      : undefined,
    feed:
      storyStatus === 'published'
        ? feedCounterUpdates(TableName, comment.storyId, { comments: delta })
        : [],
  };
}

export type CommentRepository = ReturnType<typeof createCommentRepository>;
