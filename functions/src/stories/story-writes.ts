import type { UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Localized } from '../../../shared/schemas/curation';
import type { StoryInput } from '../../../shared/schemas/story';
import type { StoryStatus } from '../../../shared/vocabulary';
import type { TransactItem } from '../core/transact';
import {
  clearReports,
  PUBLISHED,
  updateExpression,
  whilePublished,
  type UpdateParts,
} from './conditions';
import { shortCodeOf } from '../../../shared/short-link';
import { feedCounterUpdates, feedEntryDeletes, feedEntryPuts } from './feed-entries';
import { facetKey, facetsOf, PICK_SLOT } from './feed-facets';
import { answerIndex, ANSWER_INDEX_ATTRIBUTES } from './call-answers';
import { storyKeys } from './keys';
import { storyItem } from './story-item';
import type { StoryRecord } from './story-record';

/**
 * Most exhibitions one story can be in: leaving them all (two items each) must still fit one
 * transaction with the story's feed slots, the audit entry and the notices (100 items at most).
 */
export const MAX_EXHIBITIONS_PER_STORY = 30;

/** Whether moving a story from `from` to `to` takes it out of publication (and every copy). */
export const leavesPublication = (from: StoryStatus, to: StoryStatus) =>
  from === 'published' && to !== 'published';

/** A change of a story's status, as the story repository writes it. */
export type StateChange = {
  to: StoryStatus;
  at: string;
  decision?: StoryRecord['lastDecision'];
  /** Settle open reports: the count starts again and the item leaves the reports queue. */
  clearReports?: boolean;
  /**
   * What the moderator saw when asking for changes (kept to compare the resubmission with), or
   * `null` to forget it once the story is decided for good.
   */
  reviewedText?: { title: string; body: string; at: string } | null;
  /** New content (an author's edit); fields set to undefined are removed. */
  content?: Partial<Omit<StoryInput, 'media'>> &
    Partial<Pick<StoryRecord, 'flags' | 'flagSpans' | 'media'>>;
};

/**
 * Every write item of a story's partition: the story itself, its feed slots and pick slot, its
 * membership in exhibitions, its counters. Spread into `createStoryRepository(db)`; pure, so each
 * item can be checked without a table.
 */
export function createStoryWrites(TableName: string) {
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

    /**
     * The items that move a story from its current status to `change.to`, conditional on status
     * and version being unchanged since `record` was read (so two deciders cannot both win).
     * Publishing writes its feed entries; leaving `published` deletes them (what other contexts
     * keep of it is the StoryEffects port's part, for the caller to add).
     */
    stateChangeItems(
      record: StoryRecord,
      change: StateChange,
    ): { story: TransactItem; feed: TransactItem[]; shortLink?: TransactItem } {
      const names: Record<string, string> = { '#status': 'status' };
      const parts: UpdateParts = {
        sets: ['#status = :to', 'updatedAt = :at', 'version = version + :one'],
        removes: [],
        values: {
          ':to': change.to,
          ':at': change.at,
          ':from': record.status,
          ':version': record.version,
          ':one': 1,
        },
      };
      const { sets, removes, values } = parts;
      if (change.decision)
        (sets.push('lastDecision = :decision'), (values[':decision'] = change.decision));
      if (change.clearReports) clearReports(parts);
      if (change.reviewedText === null) removes.push('reviewedText');
      else if (change.reviewedText)
        (sets.push('reviewedText = :reviewed'), (values[':reviewed'] = change.reviewedText));
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
      if (record.call) answerIndexParts(parts, record, change);
      const leaves = leavesPublication(record.status, change.to);
      if (leaves && record.exhibitionIds?.size) removes.push('exhibitionIds');
      const story: TransactItem = {
        Update: {
          TableName,
          Key: storyKeys.story(record.id),
          UpdateExpression: updateExpression(parts),
          ConditionExpression: '#status = :from AND version = :version',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      };
      // Published → published (reports dismissed) keeps the feed entries as they are: rewriting
      // them would drop a museum pick and could undo a vote counted meanwhile.
      if (change.to === 'published' && record.status === 'published') return { story, feed: [] };
      if (change.to === 'published') {
        const publishedAt = record.publishedAt ?? change.at;
        const feed = feedEntryPuts(TableName, { ...record, status: change.to, publishedAt });
        // The short link stays when the story leaves publication: it names only the id, and the
        // story page says what the caller may see.
        const shortLink: TransactItem = {
          Put: {
            TableName,
            Item: { ...storyKeys.shortLink(shortCodeOf(record.id), record.id), storyId: record.id },
          },
        };
        return { story, feed, shortLink };
      }
      // Leaving `published` takes the story out of every feed and the picks.
      return { story, feed: leaves ? feedEntryDeletes(TableName, record.id) : [] };
    },

    /**
     * The author changes exhibition or research consent, conditional on the version read (and so
     * on the exhibitions read: curators bump it when they add or remove the story). Withdrawing
     * exhibition consent forgets the exhibitions; the StoryEffects port takes the story out.
     */
    consentChangeItem(
      record: StoryRecord,
      change: { exhibition?: boolean; research?: boolean; at: string },
    ): TransactItem {
      const names: Record<string, string> = { '#status': 'status', '#consent': 'consent' };
      const parts: UpdateParts = {
        sets: ['updatedAt = :at', 'version = version + :one'],
        removes: [],
        values: {
          ':at': change.at,
          ':one': 1,
          ':version': record.version,
          ':withdrawn': 'withdrawn',
        },
      };
      for (const use of ['exhibition', 'research'] as const) {
        if (change[use] === undefined) continue;
        names[`#${use}`] = use;
        parts.values[`:${use}`] = change[use];
        parts.sets.push(`#consent.#${use} = :${use}`);
      }
      if (change.exhibition === false && record.exhibitionIds?.size)
        parts.removes.push('exhibitionIds');
      return {
        Update: {
          TableName,
          Key: storyKeys.story(record.id),
          UpdateExpression: updateExpression(parts),
          ConditionExpression: 'version = :version AND #status <> :withdrawn',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: parts.values,
        },
      };
    },

    /**
     * The story's side of joining an exhibition: it remembers the exhibition (so leaving
     * `published` or withdrawing consent can take it out again), only while published and
     * consented to, and bumps the version so that a state change that read the old membership
     * cannot commit.
     */
    joinExhibitionItem(storyId: string, exhibitionId: string): TransactItem {
      return {
        Update: {
          TableName,
          Key: storyKeys.story(storyId),
          UpdateExpression: 'ADD exhibitionIds :ids SET version = version + :one',
          ConditionExpression: `${PUBLISHED.expression} AND #consent.#exhibition = :yes AND (attribute_not_exists(exhibitionIds) OR size(exhibitionIds) < :max)`,
          ExpressionAttributeNames: {
            ...PUBLISHED.names,
            '#consent': 'consent',
            '#exhibition': 'exhibition',
          },
          ExpressionAttributeValues: {
            ...PUBLISHED.values,
            ':ids': new Set([exhibitionId]),
            ':one': 1,
            ':yes': true,
            ':max': MAX_EXHIBITIONS_PER_STORY,
          },
        },
      };
    },

    /** The story's side of leaving one exhibition (a curator removes it). */
    leaveExhibitionItem(storyId: string, exhibitionId: string): TransactItem {
      return {
        Update: {
          TableName,
          Key: storyKeys.story(storyId),
          UpdateExpression: 'DELETE exhibitionIds :ids SET version = version + :one',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':ids': new Set([exhibitionId]), ':one': 1 },
        },
      };
    },

    /**
     * A curator's pick (UpdateItem input): lists the story's pick slot under the picks facet. The
     * slot exists exactly while the story is published, so the condition refuses any other story.
     * Picking again only changes the note: the pick keeps its place in the list.
     */
    pickUpdate(
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
    },

    /** Ends a pick (UpdateItem input); the slot stays, holding the card for counter updates. */
    unpickUpdate(storyId: string): UpdateCommandInput {
      return {
        TableName,
        Key: storyKeys.pickSlot(storyId),
        UpdateExpression: 'REMOVE feedPk, feedNewSk, pickedAt, pickedBy, pickNote',
        ConditionExpression: 'attribute_exists(pk)',
      };
    },

    /**
     * The pick slot of a story picked by a curator who erased their account: it names the
     * erased-account marker instead (UpdateItem input), only while the slot exists.
     */
    pickedByUpdate(storyId: string, marker: string): UpdateCommandInput {
      return {
        TableName,
        Key: storyKeys.pickSlot(storyId),
        UpdateExpression: 'SET pickedBy = :marker',
        ConditionExpression: 'attribute_exists(pickedBy)',
        ExpressionAttributeValues: { ':marker': marker },
      };
    },

    /** Holds only while the story is published. */
    publishedCheck(storyId: string): TransactItem {
      return whilePublished(TableName, storyKeys.story(storyId));
    },

    /** Counts a vote (+1) or its withdrawal (-1) on the story, only while it is published. */
    voteCountItem(storyId: string, delta: 1 | -1): TransactItem {
      return whilePublished(TableName, storyKeys.story(storyId), {
        expression: 'ADD voteCount :delta',
        values: { ':delta': delta },
      });
    },

    /**
     * Counts off an erased person's vote on a story that is not published (it has no feed cards
     * then; should it be published again, its cards start from this count).
     */
    unpublishedVoteCountItem(storyId: string): TransactItem {
      return {
        Update: {
          TableName,
          Key: storyKeys.story(storyId),
          UpdateExpression: 'ADD voteCount :minus',
          ConditionExpression: `attribute_exists(pk) AND NOT (${PUBLISHED.expression})`,
          ExpressionAttributeNames: { ...PUBLISHED.names },
          ExpressionAttributeValues: { ...PUBLISHED.values, ':minus': -1 },
        },
      };
    },

    /**
     * A new comment on the story, which must be published: counted at once (+1), or only checked
     * (0) while it is held for a moderator. With `commenter`, it holds only while the commenter
     * stands to the story as assumed (`relation`): the comment's badge and name follow from that
     * (the author's name beside their own anonymous story would undo the anonymity), so the write
     * fails rather than store a badge or a name that does not fit.
     */
    commentCountItem(
      storyId: string,
      counted: 0 | 1,
      commenter?: { sub: string; relation: CommenterRelation },
    ): TransactItem {
      const item = counted
        ? whilePublished(TableName, storyKeys.story(storyId), {
            expression: 'ADD commentCount :one',
            values: { ':one': 1 },
          })
        : whilePublished(TableName, storyKeys.story(storyId));
      return commenter ? asCommenter(item, commenter.sub, commenter.relation) : item;
    },

    /** The counters on the story's feed cards, kept equal to the story's own. */
    feedCounterItems(
      storyId: string,
      delta: { votes?: number; comments?: number },
    ): TransactItem[] {
      return feedCounterUpdates(TableName, storyId, delta);
    },

    /**
     * The author's new display name on the story and, while it is published under their name,
     * on each feed card and the pick slot; conditional on the version read, and bumping it, so
     * a decision or an exhibition that copied the story's old name in the meantime cannot commit.
     */
    authorNameItems(
      record: StoryRecord,
      name: string,
    ): { story: TransactItem; feed: TransactItem[] } {
      const story: TransactItem = {
        Update: {
          TableName,
          Key: storyKeys.story(record.id),
          UpdateExpression: 'SET authorName = :name, version = version + :one',
          ConditionExpression: 'authorSub = :sub AND version = :version',
          ExpressionAttributeValues: {
            ':name': name,
            ':one': 1,
            ':sub': record.authorSub,
            ':version': record.version,
          },
        },
      };
      if (record.status !== 'published' || record.attribution !== 'name')
        return { story, feed: [] };
      return { story, feed: cardNameItems(record, name) };
    },

    /**
     * The author erased their account and their published story stays (DESIGN §7 "anonymise"):
     * it becomes anonymous and loses every link to them (their sub, the byAuthor index, the name
     * on the story and, if it showed one, on its feed cards and pick slot). Conditional on the
     * author and version read, and bumping it, like a rename; the exhibitions are the port's.
     */
    anonymiseItems(
      record: StoryRecord,
      erasedSub: string,
    ): { story: TransactItem; feed: TransactItem[] } {
      const story: TransactItem = {
        Update: {
          TableName,
          Key: storyKeys.story(record.id),
          UpdateExpression:
            'SET authorSub = :erased, attribution = :anonymous, version = version + :one REMOVE authorName, authorPk, authorSk',
          ConditionExpression: 'authorSub = :sub AND version = :version',
          ExpressionAttributeValues: {
            ':erased': erasedSub,
            ':anonymous': 'anonymous',
            ':one': 1,
            ':sub': record.authorSub,
            ':version': record.version,
          },
        },
      };
      const named = record.status === 'published' && record.attribution === 'name';
      return { story, feed: named ? cardNameItems(record, null) : [] };
    },

    /**
     * Deletes the story item itself: the last item of its partition an erasure deletes, so a
     * repeated erasure still finds the story and whatever of its partition is left.
     */
    deleteStoryItem(storyId: string): TransactItem {
      return { Delete: { TableName, Key: storyKeys.story(storyId) } };
    },

    /** Takes the story out of every feed and the picks. */
    feedDeleteItems(storyId: string): TransactItem[] {
      return feedEntryDeletes(TableName, storyId);
    },
  };

  /** The slots that carry the card: one per facet, and the pick slot (inert ones carry none). */
  function cardNameItems(record: StoryRecord, name: string | null): TransactItem[] {
    return [...facetsOf(record).keys(), PICK_SLOT].map((slot) => ({
      Update: {
        TableName,
        Key: storyKeys.feedSlot(record.id, slot),
        UpdateExpression: 'SET authorName = :name',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':name': name },
      },
    }));
  }
}

/**
 * A story that answers a call stands in the call's list while it waits for a moderator or is
 * published, and leaves it with any other status (rejected, withdrawn, hidden, sent back): the
 * call page and its count of waiting answers follow the story's own transaction.
 */
function answerIndexParts(parts: UpdateParts, record: StoryRecord, change: StateChange): void {
  const callId = record.call!.id;
  if (change.to === 'published' || (change.to === 'pending' && record.status !== 'pending')) {
    const phase = change.to === 'published' ? 'published' : 'waiting';
    const at = change.to === 'published' ? (record.publishedAt ?? change.at) : change.at;
    const { listPk, listSk } = answerIndex(callId, phase, at, record.id);
    parts.sets.push('listPk = :answerPk', 'listSk = :answerSk');
    parts.values[':answerPk'] = listPk;
    parts.values[':answerSk'] = listSk;
  } else if (change.to !== 'pending') {
    parts.removes.push(...ANSWER_INDEX_ATTRIBUTES);
  }
}

/**
 * How a commenter stands to the story they comment on: someone else, or its author (under their
 * name, or anonymously). Read from the story item (`authorSub`, `attribution`).
 */
export type CommenterRelation = 'other' | 'named-author' | 'anonymous-author';

/** The relation of `sub` to a story as stored. */
export const commenterRelation = (
  story: { authorSub: string; attribution: string },
  sub: string,
): CommenterRelation =>
  story.authorSub !== sub
    ? 'other'
    : story.attribution === 'anonymous'
      ? 'anonymous-author'
      : 'named-author';

const RELATION_CONDITIONS: Record<CommenterRelation, string> = {
  other: 'authorSub <> :commenter',
  'named-author': 'authorSub = :commenter AND #attribution <> :anonymous',
  'anonymous-author': 'authorSub = :commenter AND #attribution = :anonymous',
};

/** Adds to an item's condition: `sub` stands to the story as `relation` says. */
function asCommenter(item: TransactItem, sub: string, relation: CommenterRelation): TransactItem {
  const named = relation !== 'other';
  const guarded = <T extends NonNullable<TransactItem['Update' | 'ConditionCheck']>>(op: T): T => ({
    ...op,
    ConditionExpression: `${op.ConditionExpression} AND ${RELATION_CONDITIONS[relation]}`,
    ExpressionAttributeNames: {
      ...op.ExpressionAttributeNames,
      ...(named ? { '#attribution': 'attribution' } : {}),
    },
    ExpressionAttributeValues: {
      ...op.ExpressionAttributeValues,
      ':commenter': sub,
      ...(named ? { ':anonymous': 'anonymous' } : {}),
    },
  });
  if (item.Update) return { Update: guarded(item.Update) };
  return { ConditionCheck: guarded(item.ConditionCheck!) };
}
