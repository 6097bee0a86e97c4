import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Localized, MuseumPick } from '../../../shared/schemas/curation';
import type { StoryCard } from '../../../shared/schemas/story';
import type { PageKey } from '../core/cursor';
import type { Db } from '../core/dynamo';
import { facetKey, type FeedFilter } from './feed-facets';
import { storyKeys } from './keys';
import { createQueueQueries } from './queue-queries';
import { toRecord } from './story-item';
import type { StoryRecord } from './story-record';

/** The story repository's list reads: comments, feeds, picks, a person's stories, queues (./queue-queries). */

export type Page<T> = { items: T[]; lastKey?: PageKey };

const FEED_CARD_ATTRIBUTES = [
  'id',
  'status',
  'title',
  'excerpt',
  // The first photo's public URLs, as the card was stored at publication (feed-entries.ts).
  'thumbnail',
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

/** One Query on the table: the items and, if there are more, where the next page starts. */
export function tableQuery(db: Db) {
  const TableName = db.tableName;

  return async function query(input: Omit<QueryCommandInput, 'TableName'>) {
    const out = await db.doc.send(new QueryCommand({ TableName, ...input }));
    return { items: out.Items ?? [], lastKey: out.LastEvaluatedKey as PageKey | undefined };
  };
}

/** The list reads, spread into `createStoryRepository(db)`: each is one Query. */
export function createListQueries(db: Db) {
  const query = tableQuery(db);

  return {
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

    ...createQueueQueries(db),
  };
}
