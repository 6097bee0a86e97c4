import type { TransactItem } from '../core/transact';
import { decadesOf, FEED_SLOTS, facetsOf, PICK_SLOT } from './feed-facets';
import { storyKeys, TOP_VOTE_WEIGHT, topScore } from './keys';
import { toCard, type StoryRecord } from './story-record';

export type { TransactItem };

/**
 * The FEED_SLOTS items of a published story. A slot in use holds the public card under one facet
 * (so it appears in that facet's feed); the pick slot holds the card for a curator's pick; the
 * others are inert placeholders, so that counter updates can address every slot blindly and never
 * create stray items.
 */
export function feedEntryPuts(
  tableName: string,
  record: StoryRecord & { publishedAt: string },
): TransactItem[] {
  const card = toCard(record, null);
  const facets = facetsOf(record);
  return Array.from({ length: FEED_SLOTS }, (_, slot) => {
    const keys = storyKeys.feedSlot(record.id, slot);
    const facet = facets[slot];
    // The pick slot carries the card but no facet: a curator's pick adds one (curation context).
    const Item =
      slot === PICK_SLOT
        ? {
            ...keys,
            entity: 'feed-pick-slot',
            ...card,
            feedTopSk: topScore(record.voteCount, record.publishedAt),
          }
        : facet
          ? {
              ...keys,
              entity: 'feed-entry',
              ...card,
              decades: decadesOf(record.period),
              feedPk: facet,
              feedNewSk: storyKeys.byTime(record.publishedAt, record.id),
              feedTopSk: topScore(record.voteCount, record.publishedAt),
            }
          : { ...keys, entity: 'feed-slot-unused', voteCount: 0, commentCount: 0, feedTopSk: 0 };
    return { Put: { TableName: tableName, Item } };
  });
}

/** Takes a story out of every feed. */
export const feedEntryDeletes = (tableName: string, storyId: string): TransactItem[] =>
  storyKeys.allFeedSlots(storyId).map((Key) => ({ Delete: { TableName: tableName, Key } }));

/** Keeps the counters on the feed cards (and the top ranking) equal to the story's own. */
export function feedCounterUpdates(
  tableName: string,
  storyId: string,
  delta: { votes?: number; comments?: number },
): TransactItem[] {
  const adds: string[] = [];
  const values: Record<string, number> = {};
  if (delta.votes) {
    adds.push('voteCount :votes', 'feedTopSk :rank');
    values[':votes'] = delta.votes;
    values[':rank'] = delta.votes * TOP_VOTE_WEIGHT;
  }
  if (delta.comments) (adds.push('commentCount :comments'), (values[':comments'] = delta.comments));
  if (adds.length === 0) return [];
  return storyKeys.allFeedSlots(storyId).map((Key) => ({
    Update: {
      TableName: tableName,
      Key,
      UpdateExpression: `ADD ${adds.join(', ')}`,
      // A slot exists exactly while the story is published; never create one by counting.
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: values,
    },
  }));
}
