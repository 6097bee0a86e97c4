import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { StoryInput } from '../../../shared/schemas/story';
import type { StoryStatus } from '../../../shared/vocabulary';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import { feedEntryDeletes, feedEntryPuts, type TransactItem } from './feed-entries';
import { exhibitionItemDeletes } from './curation-items';
import { storyKeys } from './keys';
import { createListQueries, tableQuery } from './list-queries';
import { storyItem, toRecord } from './story-item';
import type { StoryRecord } from './story-record';

export type { TransactItem };
export {
  consentChangeItems,
  exhibitionItemDeletes,
  joinExhibitionItem,
  leaveExhibitionItem,
  MAX_EXHIBITIONS_PER_STORY,
  pickItem,
  unpickItem,
} from './curation-items';
export { toPick, type Page } from './list-queries';
export type StoryPage = {
  story: StoryRecord | null;
  commentItems: Record<string, unknown>[];
  lastKey?: PageKey;
};

/**
 * Reads and writes stories; with ./list-queries and ./story-item, the only code that knows their
 * keys (DESIGN §1).
 */
export function createStoryRepository(db: Db) {
  const TableName = db.tableName;
  const query = tableQuery(db);

  return {
    /** The Put of a new story, for the submission's transaction. */
    newStoryItem(record: StoryRecord): TransactItem {
      return {
        Put: {
          TableName,
          Item: storyItem(record),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      };
    },

    async get(id: string, consistent = false): Promise<StoryRecord | null> {
      const out = await db.doc.send(
        new GetCommand({ TableName, Key: storyKeys.story(id), ConsistentRead: consistent }),
      );
      return out.Item ? toRecord(out.Item) : null;
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

    toRecord,

    /**
     * The transaction items that move a story from its current status to `to`, conditional on
     * status and version being unchanged since `record` was read (so two deciders cannot both win).
     * Publishing writes its feed entries; leaving `published` deletes them.
     */
    stateChangeItems(
      record: StoryRecord,
      change: {
        to: StoryStatus;
        at: string;
        decision?: StoryRecord['lastDecision'];
        /** Settle open reports: the count starts again and the item leaves the reports queue. */
        clearReports?: boolean;
        /** New content (an author's edit); fields set to undefined are removed. */
        content?: Partial<StoryInput> & Partial<Pick<StoryRecord, 'flags' | 'flagSpans'>>;
      },
    ): TransactItem[] {
      const names: Record<string, string> = { '#status': 'status' };
      const values: Record<string, unknown> = {
        ':to': change.to,
        ':at': change.at,
        ':from': record.status,
        ':version': record.version,
        ':one': 1,
      };
      const sets = ['#status = :to', 'updatedAt = :at', 'version = version + :one'];
      const removes: string[] = [];
      if (change.decision)
        (sets.push('lastDecision = :decision'), (values[':decision'] = change.decision));
      if (change.clearReports)
        (sets.push('reportCount = :zero'),
          removes.push('hiddenBy', 'reportReasons'),
          (values[':zero'] = 0));
      for (const [field, value] of Object.entries(change.content ?? {})) {
        names[`#c_${field}`] = field;
        if (value === undefined) removes.push(`#c_${field}`);
        else (sets.push(`#c_${field} = :c_${field}`), (values[`:c_${field}`] = value));
      }
      if (change.to === 'published') sets.push('publishedAt = if_not_exists(publishedAt, :at)');
      if (change.to !== 'pending') {
        removes.push('queuePk', 'queueSk');
      } else if (record.status !== 'pending') {
        // Sent in again: back into the queue. (An edit while waiting keeps its place.)
        sets.push('queuePk = :queue', 'queueSk = :queueSk', 'submittedAt = :at');
        values[':queue'] = storyKeys.pendingQueue;
        values[':queueSk'] = storyKeys.byTime(change.at, record.id);
      }
      const leavesPublished = record.status === 'published' && change.to !== 'published';
      if (leavesPublished && record.exhibitionIds?.size) removes.push('exhibitionIds');
      const update: TransactItem = {
        Update: {
          TableName,
          Key: storyKeys.story(record.id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: '#status = :from AND version = :version',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      };
      // Published → published (reports dismissed) keeps the feed entries as they are: rewriting
      // them would drop a museum pick and could undo a vote counted meanwhile.
      if (change.to === 'published' && record.status === 'published') return [update];
      if (change.to === 'published') {
        const publishedAt = record.publishedAt ?? change.at;
        return [update, ...feedEntryPuts(TableName, { ...record, status: change.to, publishedAt })];
      }
      if (!leavesPublished) return [update];
      // Leaving `published` takes the story out of every feed, the picks and every exhibition.
      return [
        update,
        ...feedEntryDeletes(TableName, record.id),
        ...exhibitionItemDeletes(TableName, record),
      ];
    },
  };
}

export type StoryRepository = ReturnType<typeof createStoryRepository>;
