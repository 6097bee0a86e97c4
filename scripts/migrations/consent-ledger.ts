import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import {
  accountKeys,
  createAccountRepository,
  type ConsentAnswers,
} from '../../functions/src/accounts/repository';
import type { Db } from '../../functions/src/core/dynamo';
import { TransactionConditionError, transactWrite } from '../../functions/src/core/transact';
import { consentChange, everyAnswer } from '../../functions/src/stories/consent-ledger';
import type { StoryRecord } from '../../functions/src/stories/story-record';

type StoredStory = Pick<
  StoryRecord,
  'id' | 'title' | 'authorSub' | 'consent' | 'status' | 'createdAt' | 'updatedAt'
>;

/**
 * Stories written before the consent ledger have no entries in it (DESIGN §7). For each of them
 * this records the consent the story holds now, one entry per use dated to its submission, marked
 * `source: 'migrated'` so that the person can tell it was recorded afterwards; a withdrawn story
 * also gets its withdrawal (online consent withdrawn, dated to its last change). A story's
 * entries go in one TransactWriteItems, so a run that stops half-way leaves none of them, and a
 * story with any entry is left alone: idempotent, so `npm start` runs it on every start; on AWS
 * it runs once with `npm run migrate`. A Scan, and one Query per author, never in a request path.
 * Returns how many stories it recorded.
 */
export async function recordConsentLedger(db: Db): Promise<number> {
  const accounts = createAccountRepository(db);
  const recorded = new Map<string, Promise<Set<string>>>();
  const storiesInLedger = (sub: string) => {
    let found = recorded.get(sub);
    if (!found) recorded.set(sub, (found = ledgerStoryIds(db, sub)));
    return found;
  };
  let written = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression: 'entity = :story',
        ExpressionAttributeValues: { ':story': 'story' },
        ProjectionExpression: 'id, title, authorSub, consent, #status, createdAt, updatedAt',
        ExpressionAttributeNames: { '#status': 'status' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const story of (page.Items ?? []) as StoredStory[]) {
      if (!story.authorSub || !story.consent) continue;
      if ((await storiesInLedger(story.authorSub)).has(story.id)) continue;
      const entries = (at: string, answers: ConsentAnswers) =>
        accounts.consentEntryItems(story.authorSub, consentChange(story, at, 'migrated'), answers);
      try {
        await transactWrite(db, {
          given: entries(story.createdAt, everyAnswer(story.consent)),
          withdrawn:
            story.status === 'withdrawn'
              ? entries(after(story.createdAt, story.updatedAt), { online: false })
              : undefined,
        });
        written += 1;
      } catch (error) {
        // Another run recorded the same entries meanwhile: they are there.
        if (!(error instanceof TransactionConditionError)) throw error;
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return written;
}

/** `later`, or a millisecond after `first` if it is not later (two entries, two keys). */
const after = (first: string, later: string) =>
  later > first ? later : new Date(Date.parse(first) + 1).toISOString();

/** The stories the person's ledger already has an entry for (every page of it). */
async function ledgerStoryIds(db: Db, sub: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :consent)',
        ExpressionAttributeValues: {
          ':pk': accountKeys.partition(sub),
          ':consent': accountKeys.consentPrefix,
        },
        ProjectionExpression: 'storyId',
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) ids.add(String(item.storyId));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return ids;
}
