import type { CommentInput } from '../../../../shared/schemas/comment';
import { flagKinds, prescreen } from '../../../../shared/prescreen';
import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { newId } from '../../core/ids';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import { commentKeyOf, commentQueue, parseCommentId } from '../comment-keys';
import type { CommentRecord } from '../comment-record';
import { feedCounterUpdates, type TransactItem } from '../feed-entries';
import { storyKeys } from '../keys';

type Reason = 'not-found' | 'parent-not-found' | 'rate-limited';

/**
 * A comment or a one-level reply on a published story. Pre-screening decides: a flagged comment is
 * `held` for a moderator (visible only to its author and moderators) and not counted yet; any other
 * is published at once and counted on the story, its parent and its feed cards, in one
 * TransactWriteItems with the per-person rate limit.
 */
export async function postComment(
  deps: { db: Db; now: () => Date },
  user: User,
  storyId: string,
  input: CommentInput,
): Promise<Result<CommentRecord, Reason>> {
  const { tableName } = deps.db;
  const now = deps.now();
  const at = now.toISOString();
  const flags = prescreen(input.body);
  const status = flags.length > 0 ? 'held' : 'published';
  const counted = status === 'published' ? 1 : 0;
  // Replies go one level deep: the parent must be a top-level comment id.
  const parent = input.parentId ? parseCommentId(input.parentId) : undefined;
  if (parent === null || parent?.parentId) return fail('parent-not-found');
  const id = input.parentId ? `${input.parentId}-${newId(now)}` : newId(now);
  const record: CommentRecord = {
    id,
    storyId,
    parentId: input.parentId,
    body: input.body,
    authorSub: user.sub,
    authorName: user.name,
    status,
    replyCount: 0,
    createdAt: at,
  };
  const storyCheck = {
    TableName: tableName,
    Key: storyKeys.story(storyId),
    ConditionExpression: '#status = :published',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':published': 'published' } as Record<string, unknown>,
  };
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName,
        Item: {
          ...commentKeyOf(storyId, id)!,
          entity: 'comment',
          ...record,
          flags: flagKinds(flags),
          flagSpans: flags,
          ...(status === 'held' ? commentQueue(at, storyId, id) : {}),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    counted
      ? {
          Update: {
            ...storyCheck,
            UpdateExpression: 'ADD commentCount :one',
            ExpressionAttributeValues: { ...storyCheck.ExpressionAttributeValues, ':one': 1 },
          },
        }
      : { ConditionCheck: storyCheck },
  ];
  if (input.parentId) {
    const parent = {
      TableName: tableName,
      Key: storyKeys.comment(storyId, input.parentId),
      ConditionExpression: '#status = :published',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':published': 'published' } as Record<string, unknown>,
    };
    items.push(
      counted
        ? {
            Update: {
              ...parent,
              UpdateExpression: 'ADD replyCount :one',
              ExpressionAttributeValues: { ...parent.ExpressionAttributeValues, ':one': 1 },
            },
          }
        : { ConditionCheck: parent },
    );
  }
  items.push(...feedCounterUpdates(tableName, storyId, { comments: counted }));
  items.push(rateLimitItem(tableName, user.sub, 'comment', now));
  try {
    await transactWrite(deps.db, items);
  } catch (error) {
    if (!(error instanceof TransactionConditionError)) throw error;
    const failed = new Set(error.failedIndexes);
    if (failed.has(1)) return fail('not-found');
    if (input.parentId && failed.has(2)) return fail('parent-not-found');
    if (failed.has(items.length - 1)) return fail('rate-limited');
    throw error;
  }
  return ok(record);
}
