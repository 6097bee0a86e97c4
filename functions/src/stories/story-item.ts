import { ANSWER_INDEX_ATTRIBUTES, answerIndex } from './call-answers';
import { storyKeys } from './keys';
import type { StoryRecord } from './story-record';

/** A story's table item and back: the record plus its keys and index attributes (DESIGN §1). */

const KEY_ATTRIBUTES = [
  'pk',
  'sk',
  'entity',
  'authorPk',
  'authorSk',
  'queuePk',
  'queueSk',
  // A call's answers are listed in the call's partition of the `lists` index (curation).
  ...ANSWER_INDEX_ATTRIBUTES,
];

export function toRecord(item: Record<string, unknown>): StoryRecord {
  const record = { ...item };
  for (const key of KEY_ATTRIBUTES) delete record[key];
  return record as StoryRecord;
}

export function storyItem(record: StoryRecord) {
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
    ...(record.call && record.status === 'pending'
      ? answerIndex(record.call.id, 'waiting', record.submittedAt, record.id)
      : {}),
  };
}
