import { newId } from '../../functions/src/core/ids';
import { oaiMetadataOf, type OaiRecord } from '../../functions/src/opendata/oai/oai-record';
import type { StoryRecord } from '../../functions/src/stories/story-record';
import { makeStoryInput } from './fixtures';

/**
 * A harvest record as the oai-records handler writes it for a published story: the metadata
 * through the real mapping from a stored story; overrides for the story and for the record.
 */
export function makeOaiRecord(
  datestamp: string,
  story: Partial<StoryRecord> = {},
  record: Partial<OaiRecord> = {},
): OaiRecord {
  const id = story.id ?? newId();
  const { media: _media, ...input } = makeStoryInput();
  const stored: StoryRecord = {
    ...input,
    contentWarnings: input.contentWarnings ?? [],
    id,
    status: 'published',
    authorSub: 'u-oai-author',
    authorName: 'Anna Brinkmann',
    voteCount: 0,
    commentCount: 0,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-02T09:00:00.000Z',
    submittedAt: '2026-10-01T09:00:00.000Z',
    publishedAt: '2026-10-02T09:00:00.000Z',
    flags: [],
    version: 2,
    ...story,
  };
  return {
    storyId: id,
    datestamp,
    sets: [...stored.themes],
    deleted: false,
    metadata: oaiMetadataOf(stored),
    ...record,
  };
}
