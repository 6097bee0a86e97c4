import type { Theme } from '../../../shared/vocabulary';
import type { Logger } from '../core/logger';
import { TransactionConditionError } from '../core/transact';
import {
  datestampOf,
  isHarvestable,
  oaiMetadataOf,
  sameRecord,
  type OaiRecord,
} from '../opendata/oai/oai-record';
import type { OaiRepository } from '../opendata/oai/repository';
import { storyKeys } from '../stories/keys';
import type { StoryRecord } from '../stories/story-record';
import type { ChangeRecord, EventHandler } from './change-record';

export type OaiRecordsDeps = { records: OaiRepository; now: () => Date; log?: Logger };

const storySk = storyKeys.story('-').sk;

/**
 * The record a story's change asks for, or null for none: a public story (published, with
 * online consent) is a full record; a story that leaves the public (withdrawn, hidden by a
 * moderator or by reports, online consent withdrawn, erased) is a deleted record, but only if
 * it ever had one (a story never published was never harvested, so there is nothing to retract).
 */
export function recordFor(
  storyId: string,
  change: ChangeRecord,
  previous: OaiRecord | null,
): Omit<OaiRecord, 'datestamp'> | null {
  const after = change.eventName === 'REMOVE' ? undefined : (change.newImage as StoryRecord);
  if (isHarvestable(after)) {
    return { storyId, sets: [...after.themes], deleted: false, metadata: oaiMetadataOf(after) };
  }
  if (!previous) return null;
  // A deleted record keeps its sets, so that a harvester of a theme learns of it too.
  return { storyId, sets: previous.sets as Theme[], deleted: true };
}

const MAX_ATTEMPTS = 3;

/**
 * The OAI-PMH record writer (catalogue entry `oai-records`): keeps the harvest read model
 * (opendata/oai/keys.ts) following each story's public view, change by change, in stream order.
 * Idempotent: a change that would not alter what a harvester sees (a replay, a vote, a moderator
 * note) writes nothing, so the datestamp moves only when the record does. The datestamp is the
 * time of writing, not of the change: a harvester that asks `from` its last harvest must not miss
 * a record that reached the list after it asked, only because the stream was late.
 */
export function createOaiRecordsHandler(deps: OaiRecordsDeps): EventHandler {
  async function follow(storyId: string, change: ChangeRecord) {
    for (let attempt = 1; ; attempt++) {
      const previous = await deps.records.get(storyId);
      const next = recordFor(storyId, change, previous);
      if (!next || (previous && sameRecord(previous, next))) return;
      try {
        await deps.records.replace(previous, { ...next, datestamp: datestampOf(deps.now()) });
        deps.log?.info('oai record written', { storyId: next.storyId, deleted: next.deleted });
        return;
      } catch (error) {
        // Someone wrote the record between our read and our write: read it again.
        if (!(error instanceof TransactionConditionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  return async (changes) => {
    for (const change of changes) {
      const { pk, sk } = change.keys;
      const prefix = storyKeys.partition('');
      if (sk !== storySk || !pk.startsWith(prefix)) continue;
      await follow(pk.slice(prefix.length), change);
    }
  };
}
