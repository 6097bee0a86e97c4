import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { REPORTS_TO_HIDE, type ReportInput } from '../../../../shared/schemas/comment';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite, type TransactItem } from '../../core/transact';
import { commentKeyOf, parseCommentId } from '../comment-keys';
import { commentCountItems } from '../comment-repository';
import { feedEntryDeletes } from '../feed-entries';
import { storyKeys } from '../keys';
import { exhibitionItemDeletes } from '../repository';

type Reason = 'not-found' | 'rate-limited';
const ATTEMPTS = 6;

/**
 * A person reports a published story or comment. The report item (one per person and item) and the
 * item's report count change together; the count is read first and the write is conditional on it
 * (and, for a story, on its version), so the third report from different people is known exactly
 * and hides the item in the same transaction: a hidden story leaves the feeds and exhibitions it
 * was in when read; a hidden comment stops being counted. One GetItem and one TransactWriteItems.
 * Answers whether this report is new (a repeat changes nothing).
 */
export async function reportItem(
  deps: { db: Db; now: () => Date },
  user: User,
  target: { storyId: string; commentId?: string },
  input: ReportInput,
): Promise<Result<{ created: boolean }, Reason>> {
  const { tableName } = deps.db;
  const { storyId, commentId } = target;
  const key = commentId ? commentKeyOf(storyId, commentId) : storyKeys.story(storyId);
  if (!key) return fail('not-found');
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const now = deps.now();
    const at = now.toISOString();
    const out = await deps.db.doc.send(
      new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
    );
    const item = out.Item;
    if (!item || item.status !== 'published') return fail('not-found');
    const count = (item.reportCount as number | undefined) ?? 0;
    const hides = count + 1 >= REPORTS_TO_HIDE;
    const report: TransactItem = {
      Put: {
        TableName: tableName,
        Item: {
          // The stored id, never the URL's spelling: one report per person and item.
          ...storyKeys.report(storyId, commentId ? String(item.id) : 'STORY', user.sub),
          entity: 'report',
          storyId,
          commentId,
          sub: user.sub,
          reason: input.reason,
          note: input.note,
          at,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
    const items: TransactItem[] = [
      report,
      countReport(tableName, key, item, { count, hides, at, reason: input.reason }),
      ...(commentId
        ? commentEffects(tableName, storyId, commentId, hides)
        : hides
          ? storyEffects(tableName, item)
          : []),
      rateLimitItem(tableName, user.sub, 'report', now),
    ];
    try {
      await transactWrite(deps.db, items);
      return ok({ created: true });
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      if (error.failedIndexes.includes(0)) return ok({ created: false });
      if (error.failedIndexes.includes(items.length - 1)) return fail('rate-limited');
      if (commentId && error.failedIndexes.includes(2)) return fail('not-found');
      // The count or the story moved (another report, a decision, a curator): read again.
    }
  }
  throw new Error(`Report on ${storyId}/${commentId ?? 'story'} kept conflicting`);
}

/** The reported item's count, reasons and place in the reports queue; the third report hides it. */
function countReport(
  TableName: string,
  Key: Record<string, string>,
  item: Record<string, unknown>,
  r: { count: number; hides: boolean; at: string; reason: string },
): TransactItem {
  const isStory = item.entity === 'story';
  const sets = [
    'reportCount = :next',
    'lastReportAt = :at',
    'queuePk = :queue',
    'queueSk = if_not_exists(queueSk, :queueSk)',
  ];
  const values: Record<string, unknown> = {
    ':next': r.count + 1,
    ':count': r.count,
    ':at': r.at,
    ':queue': storyKeys.reportQueue,
    ':queueSk': `${r.at}#${isStory ? item.id : item.storyId}#${isStory ? 'STORY' : item.id}`,
    ':reason': new Set([r.reason]),
    ':published': 'published',
  };
  let condition =
    '#status = :published AND (attribute_not_exists(reportCount) OR reportCount = :count)';
  if (r.hides)
    (sets.push('#status = :hidden', 'hiddenBy = :reports'),
      (values[':hidden'] = 'hidden'),
      (values[':reports'] = 'reports'));
  if (isStory) {
    // The story's version guards the exhibitions read with it (curators bump it when they change).
    sets.push('version = version + :one');
    condition += ' AND version = :version';
    values[':one'] = 1;
    values[':version'] = item.version;
  }
  const removeExhibitions =
    r.hides && isStory && (item.exhibitionIds as Set<string> | undefined)?.size;
  return {
    Update: {
      TableName,
      Key,
      UpdateExpression: `SET ${sets.join(', ')} ADD reportReasons :reason${removeExhibitions ? ' REMOVE exhibitionIds' : ''}`,
      ConditionExpression: condition,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: values,
    },
  };
}

/** A story hidden by reports leaves the feeds, the picks and every exhibition it is in. */
const storyEffects = (TableName: string, story: Record<string, unknown>): TransactItem[] => [
  ...feedEntryDeletes(TableName, String(story.id)),
  ...exhibitionItemDeletes(TableName, {
    id: String(story.id),
    exhibitionIds: story.exhibitionIds as Set<string> | undefined,
  }),
];

/**
 * A comment can be reported only on a published story (the first item checks that); once hidden it
 * stops being counted on the story, its feed cards and its parent.
 */
function commentEffects(
  TableName: string,
  storyId: string,
  commentId: string,
  hides: boolean,
): TransactItem[] {
  if (hides) {
    // Its first item updates the story on the condition that it is published.
    const parentId = parseCommentId(commentId)?.parentId;
    return commentCountItems(TableName, { storyId, parentId }, -1, 'published');
  }
  return [
    {
      ConditionCheck: {
        TableName,
        Key: storyKeys.story(storyId),
        ConditionExpression: '#status = :published',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':published': 'published' },
      },
    },
  ];
}
