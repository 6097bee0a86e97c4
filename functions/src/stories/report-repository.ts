import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { REPORT_NOTES_KEPT, type ReportNote } from '../../../shared/schemas/moderation';
import type { Db } from '../core/dynamo';
import type { TransactItem } from '../core/transact';
import { commentKeyOf } from './comment-keys';
import { PUBLISHED } from './conditions';
import { ANSWER_INDEX_ATTRIBUTES } from './call-answers';
import { storyKeys } from './keys';

/** What a person reports: a story, or one of its comments. */
export type ReportTarget = { storyId: string; commentId?: string };
/** The reported story or comment as stored. */
export type ReportedItem = Record<string, unknown>;

/**
 * Reports on stories and comments: one report item per person and item, and the count, reasons
 * and reports-queue place on the reported item.
 */
export function createReportRepository(db: Db) {
  const TableName = db.tableName;
  const keyOf = ({ storyId, commentId }: ReportTarget) =>
    commentId ? commentKeyOf(storyId, commentId) : storyKeys.story(storyId);

  return {
    /** The reported item (consistent read), or `null` when there is none (or no such id). */
    async get(target: ReportTarget): Promise<ReportedItem | null> {
      const Key = keyOf(target);
      if (!Key) return null;
      const out = await db.doc.send(new GetCommand({ TableName, Key, ConsistentRead: true }));
      return out.Item ?? null;
    },

    /** One person's report on an item (`target`: `STORY` or the comment's stored id). */
    async getReport(storyId: string, target: string, sub: string) {
      const out = await db.doc.send(
        new GetCommand({
          TableName,
          Key: storyKeys.report(storyId, target, sub),
          ConsistentRead: true,
        }),
      );
      return (out.Item as { reason: string; note?: string; at: string } | undefined) ?? null;
    },

    /** Deletes one person's report (an erasure); harmless when it is gone. */
    deleteReportItem(storyId: string, target: string, sub: string): TransactItem {
      return { Delete: { TableName, Key: storyKeys.report(storyId, target, sub) } };
    },

    /**
     * Counts one report off the reported item, with its note taken off the list, conditional on
     * the count read (so the notes read with it are the ones written). At 0 the item leaves the
     * reports queue, unless the reports hid it: a moderator still decides on it then.
     */
    uncountItem(
      target: ReportTarget,
      item: ReportedItem,
      r: { count: number; notes: ReportNote[] },
    ): TransactItem {
      const leavesQueue =
        r.count - 1 <= 0 && item.hiddenBy !== 'reports' && item.queuePk === storyKeys.reportQueue;
      return {
        Update: {
          TableName,
          Key: keyOf(target)!,
          UpdateExpression: `SET reportCount = :next, reportNotes = :notes${leavesQueue ? ' REMOVE queuePk, queueSk' : ''}`,
          ConditionExpression: 'reportCount = :count',
          ExpressionAttributeValues: { ':next': r.count - 1, ':count': r.count, ':notes': r.notes },
        },
      };
    },

    /** One report per person and item (refused when this person reported it already). */
    reportItem(
      target: ReportTarget,
      item: ReportedItem,
      report: { sub: string; reason: string; note?: string; at: string },
    ): TransactItem {
      const { storyId, commentId } = target;
      return {
        Put: {
          TableName,
          Item: {
            // The stored id, never the URL's spelling: one report per person and item.
            ...storyKeys.report(storyId, commentId ? String(item.id) : 'STORY', report.sub),
            entity: 'report',
            storyId,
            commentId,
            sub: report.sub,
            reason: report.reason,
            note: report.note,
            at: report.at,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    },

    /**
     * The reported item's count, reasons, latest notes and place in the reports queue, conditional on it being
     * published with the count read (and, for a story, the version read: it guards the exhibitions
     * read with it). `hides` (the third report) hides it too; a story forgets its exhibitions.
     */
    countItem(
      target: ReportTarget,
      item: ReportedItem,
      r: { count: number; hides: boolean; at: string; reason: string; note?: string },
    ): TransactItem {
      const isStory = item.entity === 'story';
      // A bounded list on the item, so the reports queue stays one Query. The write is
      // conditional on the count read, so the list read with it cannot have moved meanwhile.
      const earlier = (item.reportNotes as ReportNote[] | undefined) ?? [];
      const notes = [...earlier, { reason: r.reason, note: r.note, at: r.at }].slice(
        -REPORT_NOTES_KEPT,
      );
      const sets = [
        'reportCount = :next',
        'reportNotes = :notes',
        'lastReportAt = :at',
        'queuePk = :queue',
        'queueSk = if_not_exists(queueSk, :queueSk)',
      ];
      const values: Record<string, unknown> = {
        ...PUBLISHED.values,
        ':next': r.count + 1,
        ':count': r.count,
        ':at': r.at,
        ':queue': storyKeys.reportQueue,
        ':queueSk': storyKeys.reportQueueSk(
          r.at,
          target.storyId,
          isStory ? 'STORY' : String(item.id),
        ),
        ':reason': new Set([r.reason]),
        ':notes': notes,
      };
      let condition = `${PUBLISHED.expression} AND (attribute_not_exists(reportCount) OR reportCount = :count)`;
      if (r.hides) {
        sets.push('#status = :hidden', 'hiddenBy = :reports');
        values[':hidden'] = 'hidden';
        values[':reports'] = 'reports';
      }
      if (isStory) {
        sets.push('version = version + :one');
        condition += ' AND version = :version';
        values[':one'] = 1;
        values[':version'] = item.version;
      }
      const forgetsExhibitions =
        r.hides && isStory && (item.exhibitionIds as Set<string> | undefined)?.size;
      // Hidden by reports, a story that answers a call leaves the call's page too (curation's list).
      const leavesCall = r.hides && isStory && item.call !== undefined;
      const removed = [
        ...(forgetsExhibitions ? ['exhibitionIds'] : []),
        ...(leavesCall ? ANSWER_INDEX_ATTRIBUTES : []),
      ];
      return {
        Update: {
          TableName,
          Key: keyOf(target)!,
          UpdateExpression: `SET ${sets.join(', ')} ADD reportReasons :reason${removed.length ? ` REMOVE ${removed.join(', ')}` : ''}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: { ...PUBLISHED.names },
          ExpressionAttributeValues: values,
        },
      };
    },
  };
}

export type ReportRepository = ReturnType<typeof createReportRepository>;
