import { describe, expect, it } from 'vitest';
import { commentQueue } from './comment-keys';
import { storyKeys } from './keys';

const at = '2026-03-01T08:30:00.000Z';

describe('queue sort keys', () => {
  it('reads back the time and story of a pending story', () => {
    expect(storyKeys.parseQueueSk(storyKeys.byTime(at, 'S1'))).toEqual({ at, storyId: 'S1' });
  });
  it('reads back the time, story and comment of a held comment', () => {
    expect(storyKeys.parseQueueSk(commentQueue(at, 'S1', 'C1').queueSk)).toEqual({
      at,
      storyId: 'S1',
      commentId: 'C1',
    });
  });
  it('tells a reported story from a reported comment', () => {
    expect(storyKeys.parseQueueSk(`${at}#S1#STORY`)).toEqual({ at, storyId: 'S1' });
    expect(storyKeys.parseQueueSk(`${at}#S1#C1`)).toEqual({ at, storyId: 'S1', commentId: 'C1' });
  });
  it('gives an empty time for a missing key', () => {
    expect(storyKeys.parseQueueSk('').at).toBe('');
  });
});
