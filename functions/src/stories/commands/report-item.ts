import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { REPORTS_TO_HIDE, type ReportInput } from '../../../../shared/schemas/comment';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import { commentKeyOf } from '../comment-keys';
import { feedCounterUpdates, feedEntryDeletes, type TransactItem } from '../feed-entries';
import { storyKeys } from '../keys';
import { exhibitionItemDeletes } from '../repository';

type Reason = 'not-found' | 'rate-limited';
const ATTEMPTS = 6;

/**
 * A person reports a published story or comment. The report item (one per person and item) and the
 * item's report count change together; the count is read first and the write is conditional on it,
 * so the third report from different people is known exactly and hides the item in the same
 * transaction (a hidden story leaves the feeds; a hidden comment stops being counted).
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
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const now = deps.now();
    const at = now.toISOString();
    const [item, story] = await Promise.all([
      read(deps.db, key),
      commentId ? read(deps.db, storyKeys.story(storyId)) : undefined,
    ]);
    if (!item || item.status !== 'published') return fail('not-found');
    if (commentId && story?.status !== 'published') return fail('not-found');
    const count = (item.reportCount as number | undefined) ?? 0;
    const hides = count + 1 >= REPORTS_TO_HIDE;
    const items: TransactItem[] = [
      {
        Put: {
          TableName: tableName,
          Item: {
            ...storyKeys.report(storyId, commentId ?? 'STORY', user.sub),
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
      },
      {
        Update: {
          TableName: tableName,
          Key: key,
          UpdateExpression: `SET reportCount = :next, lastReportAt = :at, queuePk = :queue, queueSk = if_not_exists(queueSk, :queueSk)${hides ? ', #status = :hidden, hiddenBy = :reports' : ''} ADD reportReasons :reason${hides && !commentId ? ' REMOVE exhibitionIds' : ''}`,
          ConditionExpression: '#status = :published AND (attribute_not_exists(reportCount) OR reportCount = :count)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':next': count + 1,
            ':count': count,
            ':at': at,
            ':queue': storyKeys.reportQueue,
            ':queueSk': `${at}#${storyId}#${commentId ?? 'STORY'}`,
            ':reason': new Set([input.reason]),
            ':published': 'published',
            ...(hides ? { ':hidden': 'hidden', ':reports': 'reports' } : {}),
          },
        },
      },
      ...(hides ? hideEffects(tableName, item, commentId) : []),
      rateLimitItem(tableName, user.sub, 'report', now),
    ];
    try {
      await transactWrite(deps.db, items);
      return ok({ created: true });
    } catch (error) {
      if (!(error instanceof TransactionConditionError)) throw error;
      if (error.failedIndexes.includes(0)) return ok({ created: false });
      if (error.failedIndexes.includes(items.length - 1)) return fail('rate-limited');
      // The count moved (another report, or a decision): read again and retry.
    }
  }
  throw new Error(`Report on ${storyId}/${commentId ?? 'story'} kept conflicting`);
}

/**
 * What hiding an item changes elsewhere: a story leaves the feeds and the exhibitions; a comment
 * stops being counted.
 */
function hideEffects(tableName: string, item: Record<string, unknown>, commentId?: string): TransactItem[] {
  const storyId = String(commentId ? item.storyId : item.id);
  if (!commentId) {
    const exhibitionIds = item.exhibitionIds as Set<string> | undefined;
    return [...feedEntryDeletes(tableName, storyId), ...exhibitionItemDeletes(tableName, { id: storyId, exhibitionIds })];
  }
  const [parentId, replyId] = commentId.split('-');
  const decrement = (Key: Record<string, string>, attribute: string): TransactItem => ({
    Update: { TableName: tableName, Key, UpdateExpression: `ADD ${attribute} :minus`, ExpressionAttributeValues: { ':minus': -1 } },
  });
  return [
    decrement(storyKeys.story(storyId), 'commentCount'),
    ...feedCounterUpdates(tableName, storyId, { comments: -1 }),
    ...(replyId ? [decrement(storyKeys.comment(storyId, parentId!), 'replyCount')] : []),
  ];
}

async function read(db: Db, Key: Record<string, string>) {
  const out = await db.doc.send(new GetCommand({ TableName: db.tableName, Key, ConsistentRead: true }));
  return out.Item;
}
