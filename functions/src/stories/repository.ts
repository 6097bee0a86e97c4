import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  GetCommand,
  UpdateCommand,
  type BatchGetCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type { Localized, MuseumPick } from '../../../shared/schemas/curation';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import type { TransactItem } from '../core/transact';
import { facetKey } from './feed-facets';
import { storyKeys } from './keys';
import { createListQueries, tableQuery, toPick, type Page } from './list-queries';
import { toRecord } from './story-item';
import type { StoryRecord } from './story-record';
import { createStoryWrites } from './story-writes';

export type { TransactItem };
export { leavesPublication, MAX_EXHIBITIONS_PER_STORY, type StateChange } from './story-writes';
export { toPick, type Page } from './list-queries';
export type StoryPage = {
  story: StoryRecord | null;
  commentItems: Record<string, unknown>[];
  lastKey?: PageKey;
};

/**
 * Reads and writes stories; with ./list-queries, ./story-writes and ./story-item, the only code
 * that knows their keys (DESIGN §1). Other contexts change a story's partition (picks, exhibition
 * membership) only through these methods.
 */
export function createStoryRepository(db: Db) {
  const TableName = db.tableName;
  const query = tableQuery(db);
  const writes = createStoryWrites(TableName);

  return {
    ...writes,

    async get(id: string, consistent = false): Promise<StoryRecord | null> {
      const out = await db.doc.send(
        new GetCommand({ TableName, Key: storyKeys.story(id), ConsistentRead: consistent }),
      );
      return out.Item ? toRecord(out.Item) : null;
    },

    /**
     * The consent of each published story among `ids` (at most 100): one BatchGetItem, asked
     * again for keys DynamoDB leaves unprocessed under load. Other statuses are left out.
     */
    async publishedConsents(
      ids: string[],
    ): Promise<{ storyId: string; exhibition: boolean; research: boolean }[]> {
      const found = new Map<string, { exhibition: boolean; research: boolean }>();
      let keys: Record<string, unknown>[] | undefined = ids.map((id) => storyKeys.story(id));
      for (let attempt = 0; keys?.length && attempt < 5; attempt++) {
        const out: BatchGetCommandOutput = await db.doc.send(
          new BatchGetCommand({
            RequestItems: {
              [TableName]: {
                Keys: keys,
                ProjectionExpression: 'id, #status, consent',
                ExpressionAttributeNames: { '#status': 'status' },
              },
            },
          }),
        );
        for (const item of out.Responses?.[TableName] ?? []) {
          if (item.status !== 'published') continue;
          const consent = item.consent as { exhibition: boolean; research: boolean };
          found.set(String(item.id), {
            exhibition: consent.exhibition,
            research: consent.research,
          });
        }
        keys = out.UnprocessedKeys?.[TableName]?.Keys;
      }
      return ids.flatMap((id) => {
        const consent = found.get(id);
        return consent ? [{ storyId: id, ...consent }] : [];
      });
    },

    /**
     * Published stories in full, newest first (the research export): one Query of the all-stories
     * feed for a page of ids, then one BatchGetItem of their items (at most 100 a page), asked
     * again for keys DynamoDB leaves unprocessed. A story that left publication meanwhile is left
     * out.
     */
    async listPublishedRecords(limit: number, startKey?: PageKey): Promise<Page<StoryRecord>> {
      const page = await query({
        IndexName: 'feedNew',
        KeyConditionExpression: 'feedPk = :facet',
        ExpressionAttributeValues: { ':facet': facetKey.all() },
        ProjectionExpression: 'id',
        ScanIndexForward: false,
        Limit: Math.min(limit, 100),
        ExclusiveStartKey: startKey,
      });
      const ids = page.items.map((item) => String(item.id));
      const found = new Map<string, StoryRecord>();
      let keys: Record<string, unknown>[] | undefined = ids.map((id) => storyKeys.story(id));
      for (let attempt = 0; keys?.length && attempt < 5; attempt++) {
        const out: BatchGetCommandOutput = await db.doc.send(
          // Strongly consistent: a consent withdrawn a moment ago already leaves this page.
          new BatchGetCommand({
            RequestItems: { [TableName]: { Keys: keys, ConsistentRead: true } },
          }),
        );
        for (const item of out.Responses?.[TableName] ?? []) {
          const record = toRecord(item);
          if (record.status === 'published') found.set(record.id, record);
        }
        keys = out.UnprocessedKeys?.[TableName]?.Keys;
      }
      const items = ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
      return { items, lastKey: page.lastKey };
    },

    /** The story and its first top-level comments, oldest first: one Query (DESIGN §3). */
    async getPage(id: string, commentLimit: number): Promise<StoryPage> {
      const { items, lastKey } = await query({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': storyKeys.partition(id),
          ':prefix': storyKeys.pagePrefix,
        },
        Limit: commentLimit + 1,
      });
      const [first, ...rest] = items;
      const story = first && first.sk === storyKeys.story(id).sk ? toRecord(first) : null;
      return { story, commentItems: story ? rest : [], lastKey };
    },

    ...createListQueries(db),

    /** The ids of the stories with this short code (one, or more for a shared code): one Query. */
    async shortLinkTargets(code: string): Promise<string[]> {
      const { items } = await query({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': storyKeys.shortLinkPartition(code) },
        ProjectionExpression: 'storyId',
      });
      return items.map((item) => item.storyId as string);
    },

    toRecord,

    /** The story's vote count as it is now (a transaction returns no values). */
    async voteCount(id: string): Promise<number> {
      const out = await db.doc.send(
        new GetCommand({
          TableName,
          Key: storyKeys.story(id),
          ProjectionExpression: 'voteCount',
          ConsistentRead: true,
        }),
      );
      return (out.Item?.voteCount as number | undefined) ?? 0;
    },

    /**
     * A curator features the story (or changes the note): one UpdateItem on its pick slot. `null`
     * when the story is not published (it has no slot then).
     */
    async pick(
      storyId: string,
      pick: { note?: Localized; at: string; by: string },
    ): Promise<MuseumPick | null> {
      try {
        const out = await db.doc.send(
          new UpdateCommand({ ...writes.pickUpdate(storyId, pick), ReturnValues: 'ALL_NEW' }),
        );
        return toPick(out.Attributes ?? {});
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return null;
        throw error;
      }
    },

    /** Ends a pick: one UpdateItem. `false` when the story has no pick slot (not published). */
    async unpick(storyId: string): Promise<boolean> {
      try {
        await db.doc.send(new UpdateCommand(writes.unpickUpdate(storyId)));
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
  };
}

export type StoryRepository = ReturnType<typeof createStoryRepository>;
