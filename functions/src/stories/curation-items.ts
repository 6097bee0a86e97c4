import type { UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Localized } from '../../../shared/schemas/curation';
import { exhibitionKeys } from '../curation/exhibition-keys';
import type { TransactItem } from './feed-entries';
import { facetKey } from './feed-facets';
import { storyKeys } from './keys';
import type { StoryRecord } from './story-record';

/*
 * The part of the stories repository that curation calls: the pick slot, a story's membership in
 * exhibitions, and consent changes. Stories own these keys; curation only combines the items into
 * its own transactions (DESIGN §1). Re-exported by ./repository.
 */

/**
 * Takes a story out of every exhibition it is in, all at once: its item goes and each exhibition's
 * itemCount drops by one, so the count stays exact whoever takes it out (author, moderator).
 */
export const exhibitionItemDeletes = (
  TableName: string,
  record: Pick<StoryRecord, 'id' | 'exhibitionIds'>,
): TransactItem[] =>
  [...(record.exhibitionIds ?? [])].flatMap((exhibitionId): TransactItem[] => [
    { Delete: { TableName, Key: exhibitionKeys.item(exhibitionId, record.id) } },
    {
      Update: {
        TableName,
        Key: exhibitionKeys.meta(exhibitionId),
        UpdateExpression: 'ADD itemCount :minusOne',
        ExpressionAttributeValues: { ':minusOne': -1 },
      },
    },
  ]);

/**
 * Most exhibitions one story can be in: leaving them all (two items each) must still fit one
 * transaction with the story's feed slots, the audit entry and the notices (100 items at most).
 */
export const MAX_EXHIBITIONS_PER_STORY = 30;

/**
 * A curator's pick (UpdateItem input): lists the story's pick slot under the picks facet. The
 * slot exists exactly while the story is published, so the condition refuses any other story.
 * Picking again only changes the note: the pick keeps its place in the list.
 */
export function pickItem(
  TableName: string,
  storyId: string,
  pick: { note?: Localized; at: string; by: string },
): UpdateCommandInput {
  const values: Record<string, unknown> = {
    ':picks': facetKey.picks(),
    ':sk': storyKeys.byTime(pick.at, storyId),
    ':at': pick.at,
    ':by': pick.by,
  };
  if (pick.note) values[':note'] = pick.note;
  return {
    TableName,
    Key: storyKeys.pickSlot(storyId),
    UpdateExpression:
      'SET feedPk = :picks, feedNewSk = if_not_exists(feedNewSk, :sk), pickedAt = if_not_exists(pickedAt, :at), pickedBy = :by' +
      (pick.note ? ', pickNote = :note' : ' REMOVE pickNote'),
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: values,
  };
}

/** Ends a pick (UpdateItem input); the slot stays, holding the card for counter updates. */
export const unpickItem = (TableName: string, storyId: string): UpdateCommandInput => ({
  TableName,
  Key: storyKeys.pickSlot(storyId),
  UpdateExpression: 'REMOVE feedPk, feedNewSk, pickedAt, pickedBy, pickNote',
  ConditionExpression: 'attribute_exists(pk)',
});

/**
 * The story's side of joining an exhibition: it remembers the exhibition (so leaving `published`
 * or withdrawing consent can take it out again), only while published and consented to, and bumps
 * the version so that a state change that read the old membership cannot commit.
 */
export const joinExhibitionItem = (
  TableName: string,
  storyId: string,
  exhibitionId: string,
): TransactItem => ({
  Update: {
    TableName,
    Key: storyKeys.story(storyId),
    UpdateExpression: 'ADD exhibitionIds :ids SET version = version + :one',
    ConditionExpression:
      '#status = :published AND #consent.#exhibition = :yes AND (attribute_not_exists(exhibitionIds) OR size(exhibitionIds) < :max)',
    ExpressionAttributeNames: {
      '#status': 'status',
      '#consent': 'consent',
      '#exhibition': 'exhibition',
    },
    ExpressionAttributeValues: {
      ':ids': new Set([exhibitionId]),
      ':one': 1,
      ':published': 'published',
      ':yes': true,
      ':max': MAX_EXHIBITIONS_PER_STORY,
    },
  },
});

/** The story's side of leaving one exhibition (a curator removes it). */
export const leaveExhibitionItem = (
  TableName: string,
  storyId: string,
  exhibitionId: string,
): TransactItem => ({
  Update: {
    TableName,
    Key: storyKeys.story(storyId),
    UpdateExpression: 'DELETE exhibitionIds :ids SET version = version + :one',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeValues: { ':ids': new Set([exhibitionId]), ':one': 1 },
  },
});

/**
 * The author changes exhibition or research consent, conditional on the version read (and so on
 * the exhibitions read). Withdrawing exhibition consent takes the story out of every exhibition
 * in the same transaction; a research change is copied onto its exhibition items for the exports.
 */
export function consentChangeItems(
  TableName: string,
  record: StoryRecord,
  change: { exhibition?: boolean; research?: boolean; at: string },
): TransactItem[] {
  const names: Record<string, string> = { '#status': 'status', '#consent': 'consent' };
  const values: Record<string, unknown> = {
    ':at': change.at,
    ':one': 1,
    ':version': record.version,
    ':withdrawn': 'withdrawn',
  };
  const sets = ['updatedAt = :at', 'version = version + :one'];
  for (const use of ['exhibition', 'research'] as const) {
    if (change[use] === undefined) continue;
    names[`#${use}`] = use;
    values[`:${use}`] = change[use];
    sets.push(`#consent.#${use} = :${use}`);
  }
  const leaves = change.exhibition === false && !!record.exhibitionIds?.size;
  const update: TransactItem = {
    Update: {
      TableName,
      Key: storyKeys.story(record.id),
      UpdateExpression: `SET ${sets.join(', ')}${leaves ? ' REMOVE exhibitionIds' : ''}`,
      ConditionExpression: 'version = :version AND #status <> :withdrawn',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
  if (leaves) return [update, ...exhibitionItemDeletes(TableName, record)];
  if (change.research === undefined) return [update];
  const snapshots = [...(record.exhibitionIds ?? [])].map((exhibitionId): TransactItem => ({
    Update: {
      TableName,
      Key: exhibitionKeys.item(exhibitionId, record.id),
      UpdateExpression: 'SET consentResearch = :research',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':research': change.research },
    },
  }));
  return [update, ...snapshots];
}
