import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Localized, MuseumPick } from '../../../shared/schemas/curation';
import type { StoryCard, StoryInput } from '../../../shared/schemas/story';
import type { StoryStatus } from '../../../shared/vocabulary';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import { feedEntryDeletes, feedEntryPuts, type TransactItem } from './feed-entries';
import { facetKey, type FeedFilter } from './feed-facets';
import { exhibitionItemDeletes } from './curation-items';
import { storyKeys } from './keys';
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
export type Page<T> = { items: T[]; lastKey?: PageKey };
export type StoryPage = {
  story: StoryRecord | null;
  commentItems: Record<string, unknown>[];
  lastKey?: PageKey;
};

const KEY_ATTRIBUTES = ['pk', 'sk', 'entity', 'authorPk', 'authorSk', 'queuePk', 'queueSk'];

function toRecord(item: Record<string, unknown>): StoryRecord {
  const record = { ...item };
  for (const key of KEY_ATTRIBUTES) delete record[key];
  return record as StoryRecord;
}

function storyItem(record: StoryRecord) {
  return {
    ...storyKeys.story(record.id),
    entity: 'story',
    ...record,
    authorPk: storyKeys.author(record.authorSub),
    authorSk: storyKeys.byTime(record.createdAt, record.id),
    ...(record.status === 'pending'
      ? {
          queuePk: storyKeys.pendingQueue,
          queueSk: storyKeys.byTime(record.submittedAt, record.id),
        }
      : {}),
  };
}

const FEED_CARD_ATTRIBUTES = [
  'id',
  'status',
  'title',
  'excerpt',
  'language',
  'themes',
  'place',
  'period',
  'contentWarnings',
  'authorName',
  'voteCount',
  'commentCount',
  'createdAt',
  'publishedAt',
] as const;

function toFeedCard(item: Record<string, unknown>): StoryCard {
  const card: Record<string, unknown> = {};
  for (const key of FEED_CARD_ATTRIBUTES) if (item[key] !== undefined) card[key] = item[key];
  return card as StoryCard;
}

/** A picked story's slot as the API shows it: the public card, the time and the note. */
export function toPick(item: Record<string, unknown>): MuseumPick {
  const note = item.pickNote as Localized | undefined;
  return { ...toFeedCard(item), pickedAt: String(item.pickedAt), ...(note ? { note } : {}) };
}

/** Filter expression for the filters the chosen facet partition does not already cover. */
function remainingFilter(remaining: FeedFilter): Partial<QueryCommandInput> {
  const parts: string[] = [];
  const values: Record<string, unknown> = {};
  if (remaining.theme)
    (parts.push('contains(themes, :theme)'), (values[':theme'] = remaining.theme));
  if (remaining.decade !== undefined)
    (parts.push('contains(decades, :decade)'), (values[':decade'] = remaining.decade));
  if (remaining.language)
    (parts.push('#language = :language'), (values[':language'] = remaining.language));
  if (parts.length === 0) return {};
  return {
    FilterExpression: parts.join(' AND '),
    ExpressionAttributeValues: values,
    ...(remaining.language ? { ExpressionAttributeNames: { '#language': 'language' } } : {}),
  };
}

/** Reads and writes stories; the only module that knows their keys (DESIGN §1). */
export function createStoryRepository(db: Db) {
  const TableName = db.tableName;

  async function query(input: Omit<QueryCommandInput, 'TableName'>) {
    const out = await db.doc.send(new QueryCommand({ TableName, ...input }));
    return { items: out.Items ?? [], lastKey: out.LastEvaluatedKey as PageKey | undefined };
  }

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

    /** Top-level comments after `startKey` (or replies to `parentId`), oldest first: one Query. */
    async listComments(options: {
      storyId: string;
      parentId?: string;
      limit: number;
      startKey?: PageKey;
    }) {
      const prefix = options.parentId
        ? storyKeys.replyPrefix(options.parentId)
        : storyKeys.commentPrefix;
      return query({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': storyKeys.partition(options.storyId),
          ':prefix': prefix,
        },
        Limit: options.limit,
        ExclusiveStartKey: options.startKey,
      });
    },

    /** One page of a feed: one Query on the facet's partition of the new or top index. */
    async listFeed(options: {
      facet: string;
      remaining: FeedFilter;
      sort: 'new' | 'top';
      limit: number;
      startKey?: PageKey;
    }): Promise<Page<StoryCard>> {
      const filter = remainingFilter(options.remaining);
      const { items, lastKey } = await query({
        IndexName: options.sort === 'top' ? 'feedTop' : 'feedNew',
        KeyConditionExpression: 'feedPk = :facet',
        ...filter,
        ExpressionAttributeValues: { ':facet': options.facet, ...filter.ExpressionAttributeValues },
        ScanIndexForward: false,
        Limit: options.limit,
        ExclusiveStartKey: options.startKey,
      });
      return { items: items.map(toFeedCard), lastKey };
    },

    /** Museum picks, newest pick first, with the curators' note: one Query on the picks facet. */
    async listPicks(limit: number, startKey?: PageKey): Promise<Page<MuseumPick>> {
      const { items, lastKey } = await query({
        IndexName: 'feedNew',
        KeyConditionExpression: 'feedPk = :picks',
        ExpressionAttributeValues: { ':picks': facetKey.picks() },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      });
      return { items: items.map(toPick), lastKey };
    },

    /** A person's stories in every status, newest first: one Query. */
    async listByAuthor(sub: string, limit: number, startKey?: PageKey): Promise<Page<StoryRecord>> {
      const { items, lastKey } = await query({
        IndexName: 'byAuthor',
        KeyConditionExpression: 'authorPk = :author',
        ExpressionAttributeValues: { ':author': storyKeys.author(sub) },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      });
      return { items: items.map(toRecord), lastKey };
    },

    /**
     * One page of a moderation queue, oldest first: one Query. Pending stories, held comments, or
     * reported stories and comments (raw items: `entity` tells a story from a comment).
     */
    async listQueue(kind: 'stories' | 'comments' | 'reports', limit: number, startKey?: PageKey) {
      return query({
        IndexName: 'queue',
        KeyConditionExpression: 'queuePk = :queue',
        ExpressionAttributeValues: { ':queue': storyKeys.queue(kind) },
        ScanIndexForward: true,
        Limit: limit,
        ExclusiveStartKey: startKey,
      });
    },

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
