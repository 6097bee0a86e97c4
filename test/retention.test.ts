import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { accountKeys } from '../functions/src/accounts/repository';
import { createTableClient } from '../functions/src/core/dynamo';
import { exhibitionKeys } from '../functions/src/curation/exhibition-keys';
import { toChangeRecords } from '../functions/src/events/change-record';
import { createRetentionHandler } from '../functions/src/events/retention';
import { storyKeys } from '../functions/src/stories/keys';
import { expireCuratorNotices } from '../scripts/migrations/curator-notice-expiry';
import { expireWithdrawnAuditTitles } from '../scripts/migrations/withdrawn-audit-titles';
import type { Comment } from '../shared/schemas/comment';
import type { AuditEntry } from '../shared/schemas/moderation';
import { addItem, publishedExhibition } from './support/curation-flow';
import { decide, newResident, publishStory } from './support/story-flow';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { postComment } from './support/workspace';

const { mia, kai } = PERSONAS;
const DAY_SECONDS = 86_400;
/** A comment the prescreen holds (an e-mail address): a moderator decides on it. */
const HELD_BODY = 'Schreibt mir an glueck.auf@example.de, ich habe noch Fotos vom Förderturm.';

let t: TestApp;
let stream: ReturnType<typeof streamReader>;
const retention = () => createRetentionHandler({ db: t.deps.db });

/**
 * Reads the test table's DynamoDB Local stream (DescribeStream → GetShardIterator → GetRecords)
 * and answers the records written since the last call, shaped as Lambda hands them to a handler
 * (creation time in epoch seconds). Every shard is read to its current end; an iterator is kept
 * per shard, so each record is answered once.
 */
function streamReader(endpoint: string, streamArn: string) {
  const client = new DynamoDBStreamsClient({
    region: 'eu-central-1',
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const iterators = new Map<string, string | undefined>();
  return {
    async next(): Promise<DynamoDBRecord[]> {
      const { StreamDescription } = await client.send(
        new DescribeStreamCommand({ StreamArn: streamArn }),
      );
      const records: DynamoDBRecord[] = [];
      for (const shard of StreamDescription?.Shards ?? []) {
        const shardId = shard.ShardId!;
        if (!iterators.has(shardId)) {
          const start = await client.send(
            new GetShardIteratorCommand({
              StreamArn: streamArn,
              ShardId: shardId,
              ShardIteratorType: 'TRIM_HORIZON',
            }),
          );
          iterators.set(shardId, start.ShardIterator);
        }
        let iterator = iterators.get(shardId);
        while (iterator) {
          const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator }));
          for (const record of page.Records ?? []) {
            const created = record.dynamodb?.ApproximateCreationDateTime;
            records.push({
              ...record,
              dynamodb: {
                ...record.dynamodb,
                ApproximateCreationDateTime: created ? created.getTime() / 1000 : undefined,
              },
            } as DynamoDBRecord);
          }
          iterators.set(shardId, page.NextShardIterator);
          if (!page.Records?.length) break;
          iterator = page.NextShardIterator;
        }
      }
      return records;
    },
    close: () => client.destroy(),
  };
}

/** The records since the last read, as the handler's change records. */
const changes = async () => toChangeRecords(await stream.next());

/** Every item of a partition, read strongly consistent. */
async function partition(pk: string) {
  const out = await t.deps.db.doc.send(
    new QueryCommand({
      TableName: t.deps.db.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}
const auditPartition = (entityId: string) => partition(`AUDIT#${entityId}`);
const entriesOf = async (entityId: string) =>
  (await auditPartition(entityId)).filter((item) => item.entity === 'audit');
const excerptsOf = async (entityId: string) =>
  (await auditPartition(entityId)).filter((item) => item.entity === 'audit-excerpt');

const logOf = async (entityId: string, query = '') =>
  (await t.call('GET', `/api/moderation/log/${entityId}${query}`, { as: mia })).json
    .items as AuditEntry[];

const withdraw = async (storyId: string, author: { sub: string; name: string }) => {
  const res = await t.call('DELETE', `/api/stories/${storyId}`, { as: { ...author, groups: [] } });
  expect(res.status).toBe(200);
};

/** A published story with two decisions, and a held comment on it that a moderator approved. */
async function decidedStoryWithComment() {
  const author = newResident('retention');
  const story = await publishStory(t, author, { title: 'Die Brieftauben vom Schacht Hugo' });
  await decide(t, story.id, 'hide', 'Zur Prüfung.');
  await decide(t, story.id, 'restore');
  const comment: Comment = await postComment(t, newResident('commenter'), story.id, HELD_BODY);
  expect(comment.status).toBe('held');
  const approved = await t.call(
    'POST',
    `/api/moderation/comments/${story.id}/${comment.id}/decision`,
    { as: mia, body: { decision: 'approve' } },
  );
  expect(approved.status).toBe(200);
  return { author, story, comment };
}

beforeAll(async () => {
  t = await createTestApp({}, { stream: true });
  const client = createTableClient(t.config);
  const { Table } = await client.send(new DescribeTableCommand({ TableName: t.config.tableName }));
  client.destroy();
  const table = Table;
  stream = streamReader(t.config.dynamodbEndpoint!, table!.LatestStreamArn!);
});
afterAll(() => stream?.close());

const realNow = () => new Date();
afterEach(() => {
  t.deps.now = realNow;
});

describe('the retention handler on a withdrawn story', () => {
  let story: { id: string; title: string };
  let comment: Comment;
  let withdrawnAt: number;

  beforeAll(async () => {
    const made = await decidedStoryWithComment();
    ({ story, comment } = made);
    await changes(); // what came before the withdrawal
    withdrawnAt = Date.now() / 1000;
    await withdraw(story.id, made.author);
    await retention()(await changes());
  });

  it('moves the titles of the story’s and its comments’ entries into excerpts that expire in 90 days', async () => {
    const entries = await entriesOf(story.id);
    expect(entries.map((e) => e.decision).sort()).toEqual(['approve', 'hide', 'restore']);
    for (const entry of entries) {
      expect(entry).not.toHaveProperty('title');
      expect(entry).not.toHaveProperty('reason');
      expect(entry).toMatchObject({ entityId: story.id, actorSub: mia.sub });
    }
    const excerpts = await excerptsOf(story.id);
    // The moderator's reason often quotes the text: it leaves the entry with the title.
    expect(excerpts.filter((e) => 'reason' in e).map((e) => e.reason)).toEqual(['Zur Prüfung.']);
    expect(excerpts).toHaveLength(3);
    expect(excerpts.map((e) => e.entryId).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const excerpt of excerpts) {
      expect(excerpt.title).toBe('Die Brieftauben vom Schacht Hugo');
      // 90 days after the change, as the stream dates it (to the minute, like DynamoDB's).
      const fromWithdrawal = Number(excerpt.expiresAt) - 90 * DAY_SECONDS - withdrawnAt;
      expect(Math.abs(fromWithdrawal)).toBeLessThanOrEqual(60);
      const entry = entries.find((e) => e.id === excerpt.entryId)!;
      expect(Date.parse(entry.titleKeptUntil)).toBe(Number(excerpt.expiresAt) * 1000);
    }
    const [commentEntry, ...more] = await entriesOf(comment.id);
    expect(more).toEqual([]);
    expect(commentEntry).not.toHaveProperty('title');
    expect((await excerptsOf(comment.id)).map((e) => e.title)).toEqual([HELD_BODY.slice(0, 80)]);
  });

  it('keeps showing the title in the log from the excerpt, with one Query and one BatchGetItem', async () => {
    // Not from the entries: those lost their titles.
    expect((await entriesOf(story.id)).some((e) => 'title' in e)).toBe(false);
    t.requests.reset();
    const items = await logOf(story.id);
    expect(t.requests.sent()).toEqual(['Query', 'BatchGetItem']);
    expect(items.map((e) => e.decision)).toEqual(['restore', 'hide', 'approve']);
    expect(items[1]?.reason).toBe('Zur Prüfung.');
    for (const entry of items) {
      expect(entry.title).toBe('Die Brieftauben vom Schacht Hugo');
      expect(entry).not.toHaveProperty('titleRemoved');
      expect(entry).not.toHaveProperty('titleKeptUntil');
      expect(entry.actorName).toBe(mia.name);
    }
    t.requests.reset();
    const all = (await t.call('GET', '/api/moderation/log?limit=50', { as: mia })).json
      .items as AuditEntry[];
    expect(t.requests.sent()).toEqual(['Query', 'BatchGetItem']);
    const ofComment = all.find((e) => e.entityId === comment.id);
    expect(ofComment?.title).toBe(HELD_BODY.slice(0, 80));
  });

  it('shows “title removed” once the 90 days are over, even before DynamoDB deletes the excerpt', async () => {
    t.deps.now = () => new Date(Date.now() + 91 * DAY_SECONDS * 1000);
    t.requests.reset();
    const items = await logOf(story.id);
    expect(t.requests.sent()).toEqual(['Query', 'BatchGetItem']);
    expect(items).toHaveLength(3);
    for (const entry of items) {
      expect(entry).not.toHaveProperty('title');
      expect(entry).toMatchObject({ titleRemoved: true, entityId: story.id, actorName: mia.name });
    }
    expect(items[1]).toMatchObject({ decision: 'hide' });
    expect(items[1]).not.toHaveProperty('reason');
  });

  it('shows “title removed” when the excerpt is gone (deleted by TTL)', async () => {
    const [excerpt] = await excerptsOf(comment.id);
    await t.deps.db.doc.send(
      new DeleteCommand({
        TableName: t.deps.db.tableName,
        Key: { pk: excerpt!.pk, sk: excerpt!.sk },
      }),
    );
    const [entry] = await logOf(comment.id, `?storyId=${story.id}`);
    expect(entry).toMatchObject({ decision: 'approve', titleRemoved: true });
    expect(entry).not.toHaveProperty('title');
    await changes(); // the TTL-like deletion is no change for retention
  });

  it('changes nothing more when the same records come again', async () => {
    const before = [...(await auditPartition(story.id)), ...(await auditPartition(comment.id))];
    t.requests.reset();
    // The withdrawal once more, a minute later, as a retried batch would bring it.
    await retention()([
      {
        eventId: 'redelivered',
        eventName: 'MODIFY',
        keys: storyKeys.story(story.id),
        oldImage: { id: story.id, status: 'published' },
        newImage: { id: story.id, status: 'withdrawn' },
        at: new Date(withdrawnAt * 1000 + 60_000).toISOString(),
      },
    ]);
    expect(t.requests.sent().filter((r) => r !== 'Query')).toEqual([]);
    const after = [...(await auditPartition(story.id)), ...(await auditPartition(comment.id))];
    expect(after).toEqual(before);
  });
});

describe('a redelivered batch of real records', () => {
  it('moves each title once and leaves the excerpts as the first delivery wrote them', async () => {
    const { story, author } = await decidedStoryWithComment();
    await changes();
    await withdraw(story.id, author);
    const batch = await changes();
    expect(batch.some((c) => c.keys.pk === `STORY#${story.id}` && c.keys.sk === 'STORY')).toBe(
      true,
    );
    await retention()(batch);
    const first = await auditPartition(story.id);
    expect(first.filter((item) => item.entity === 'audit-excerpt')).toHaveLength(3);
    expect(first.filter((item) => 'title' in item && item.entity === 'audit')).toEqual([]);
    t.requests.reset();
    await retention()(batch);
    expect(t.requests.sent()).not.toContain('TransactWriteItems');
    expect(await auditPartition(story.id)).toEqual(first);
  });

  it('moves the title of a comment decided on after its story was withdrawn', async () => {
    const author = newResident('late');
    const story = await publishStory(t, author);
    const held: Comment = await postComment(t, newResident('late-commenter'), story.id, HELD_BODY);
    await withdraw(story.id, author);
    await retention()(await changes());
    expect(await entriesOf(held.id)).toEqual([]);
    // It joined the queue in the very moment of the withdrawal: a moderator can still settle it.
    const late = await t.call('POST', `/api/moderation/comments/${story.id}/${held.id}/decision`, {
      as: mia,
      body: { decision: 'approve' },
    });
    expect(late.status).toBe(200);
    await retention()(await changes());
    const [entry] = await entriesOf(held.id);
    expect(entry).toMatchObject({ decision: 'approve' });
    expect(entry).not.toHaveProperty('title');
    expect((await excerptsOf(held.id)).map((e) => e.title)).toEqual([HELD_BODY.slice(0, 80)]);
  });

  it('leaves a story alone that is changed but not withdrawn, and a decided comment on it', async () => {
    const story = await publishStory(t, newResident('kept'));
    await changes();
    const held: Comment = await postComment(t, newResident('kept-commenter'), story.id, HELD_BODY);
    await t.call('POST', `/api/moderation/comments/${story.id}/${held.id}/decision`, {
      as: mia,
      body: { decision: 'approve' },
    });
    await decide(t, story.id, 'hide', 'Zur Prüfung.');
    await retention()(await changes());
    const [entry] = await entriesOf(story.id);
    expect(entry!.title).toBe(story.title);
    expect(await excerptsOf(story.id)).toEqual([]);
    expect((await entriesOf(held.id))[0]!.title).toBe(HELD_BODY.slice(0, 80));
    expect(await excerptsOf(held.id)).toEqual([]);
    expect((await logOf(story.id))[0]!.title).toBe(story.title);
  });
});

describe('the retention handler on erasure (items deleted)', () => {
  const del = (key: { pk: string; sk: string }) =>
    t.deps.db.doc.send(new DeleteCommand({ TableName: t.deps.db.tableName, Key: key }));

  it('moves the titles when a story’s item is deleted, and its remaining comments’ too', async () => {
    const { story, comment } = await decidedStoryWithComment();
    await changes();
    await del(storyKeys.story(story.id));
    await retention()(await changes());
    expect((await entriesOf(story.id)).every((e) => !('title' in e))).toBe(true);
    expect(await excerptsOf(story.id)).toHaveLength(3);
    expect(await excerptsOf(comment.id)).toHaveLength(1);
  });

  it('moves a comment’s title when the comment is deleted', async () => {
    const { comment } = await decidedStoryWithComment();
    await changes();
    await del(storyKeys.comment(comment.storyId, comment.id));
    await retention()(await changes());
    const [entry] = await entriesOf(comment.id);
    expect(entry).not.toHaveProperty('title');
    expect((await excerptsOf(comment.id))[0]).toMatchObject({ title: HELD_BODY.slice(0, 80) });
  });

  it('moves a comment’s title when its author’s pointer to it is deleted (comment anonymised)', async () => {
    const { comment } = await decidedStoryWithComment();
    const commenter = (await partition(`STORY#${comment.storyId}`)).find(
      (item) => item.id === comment.id,
    )!.authorSub as string;
    await changes();
    await del(
      accountKeys.contribution(commenter, {
        kind: 'comment',
        storyId: comment.storyId,
        commentId: comment.id,
      }),
    );
    await retention()(await changes());
    expect(await entriesOf(comment.id)).toEqual([
      expect.not.objectContaining({ title: expect.anything() }),
    ]);
    expect(await excerptsOf(comment.id)).toHaveLength(1);
  });
});

describe('curator notices', () => {
  it('expire 90 days after they were written, and the list leaves an expired one out', async () => {
    const author = newResident('notice');
    const story = await publishStory(t, author, { title: 'Kumpel Anton und die Zeche' });
    const exhibition = await publishedExhibition(t);
    await addItem(t, exhibition.id, story.id);
    await withdraw(story.id, author);
    const notice = (await partition(exhibitionKeys.curatorNotices)).find(
      (item) => item.storyId === story.id,
    )!;
    expect(notice).toMatchObject({ kind: 'story-withdrawn', storyTitle: story.title });
    expect(notice.expiresAt).toBe(Math.floor(Date.parse(notice.at) / 1000) + 90 * DAY_SECONDS);

    const listed = async () =>
      (await t.call('GET', '/api/curation/notices?limit=50', { as: kai })).json.items as {
        storyId: string;
      }[];
    const shown = (await listed()).find((n) => n.storyId === story.id);
    expect(shown).toMatchObject({ storyTitle: story.title });
    expect(shown).not.toHaveProperty('expiresAt');
    t.deps.now = () => new Date(Date.parse(notice.at) + 90 * DAY_SECONDS * 1000 + 1000);
    expect((await listed()).map((n) => n.storyId)).not.toContain(story.id);
  });

  it('written before they expired get their expiry from the migration, once', async () => {
    const at = '2026-01-05T10:00:00.000Z';
    const key = exhibitionKeys.curatorNotice(at, '01KE6X0000OLDNOTICE0000000');
    await t.deps.db.doc.send(
      new PutCommand({
        TableName: t.deps.db.tableName,
        Item: {
          ...key,
          entity: 'curator-notice',
          id: '01KE6X0000OLDNOTICE0000000',
          kind: 'story-withdrawn',
          storyId: 'S-OLD',
          storyTitle: 'Aus alter Zeit',
          exhibitions: [],
          at,
        },
      }),
    );
    expect(await expireCuratorNotices(t.deps.db)).toBe(1);
    const stored = (await partition(exhibitionKeys.curatorNotices)).find(
      (item) => item.sk === key.sk,
    );
    expect(stored?.expiresAt).toBe(Date.parse(at) / 1000 + 90 * DAY_SECONDS);
    expect(await expireCuratorNotices(t.deps.db)).toBe(0);
  });
});

describe('stories withdrawn before the retention handler (npm run migrate)', () => {
  it('lose their log titles into excerpts that expire 90 days after the migration, once', async () => {
    const { story, author, comment } = await decidedStoryWithComment();
    await withdraw(story.id, author);
    await changes(); // the handler never saw this withdrawal
    expect((await entriesOf(story.id)).every((e) => typeof e.title === 'string')).toBe(true);
    const now = new Date();
    expect(await expireWithdrawnAuditTitles(t.deps.db, now)).toBeGreaterThanOrEqual(4);
    expect((await entriesOf(story.id)).some((e) => 'title' in e)).toBe(false);
    expect((await entriesOf(comment.id)).some((e) => 'title' in e)).toBe(false);
    for (const excerpt of await excerptsOf(story.id))
      expect(excerpt.expiresAt).toBe(Math.floor(now.getTime() / 1000) + 90 * DAY_SECONDS);
    expect(await expireWithdrawnAuditTitles(t.deps.db, now)).toBe(0);
  });
});

describe('the Lambda entry (retention-lambda.ts)', () => {
  it('makes its clients from the environment alone and handles a stream event', async () => {
    const { story, author } = await decidedStoryWithComment();
    await stream.next();
    await withdraw(story.id, author);
    const records = await stream.next();
    // A deployment's environment: the API's sign-in settings are not there, nor needed.
    vi.stubEnv('TABLE_NAME', t.config.tableName);
    vi.stubEnv('DYNAMODB_ENDPOINT', t.config.dynamodbEndpoint!);
    vi.stubEnv('AUTH_MODE', 'jwks');
    vi.stubEnv('LOG_LEVEL', 'silent');
    try {
      const { handler } = await import('../functions/src/events/retention-lambda');
      expect(await handler({ Records: records })).toEqual({ batchItemFailures: [] });
    } finally {
      vi.unstubAllEnvs();
    }
    expect((await entriesOf(story.id)).some((e) => 'title' in e)).toBe(false);
    expect(await excerptsOf(story.id)).toHaveLength(3);
  });
});
