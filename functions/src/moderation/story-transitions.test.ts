import { describe, expect, it } from 'vitest';
import { STORY_STATUSES } from '../../../shared/vocabulary';
import { nextStoryStatus } from './story-transitions';

describe('nextStoryStatus', () => {
  it('decides pending stories', () => {
    expect(nextStoryStatus('pending', 'approve')).toBe('published');
    expect(nextStoryStatus('pending', 'reject')).toBe('rejected');
    expect(nextStoryStatus('pending', 'request-changes')).toBe('changes-requested');
  });
  it('hides and restores published stories', () => {
    expect(nextStoryStatus('published', 'hide')).toBe('hidden');
    expect(nextStoryStatus('hidden', 'restore')).toBe('published');
  });
  it('refuses every decision on a story in another state', () => {
    for (const status of STORY_STATUSES) {
      if (status !== 'pending') expect(nextStoryStatus(status, 'approve')).toBeNull();
    }
    expect(nextStoryStatus('withdrawn', 'restore')).toBeNull();
    expect(nextStoryStatus('pending', 'hide')).toBeNull();
  });
});
