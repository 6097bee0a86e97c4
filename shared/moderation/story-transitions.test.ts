import { describe, expect, it } from 'vitest';
import { STORY_STATUSES } from '../vocabulary';
import { lacksTranscript, nextStoryStatus, storyDecisionsFor } from './story-transitions';

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

describe('storyDecisionsFor', () => {
  it('lists the decisions on a pending story', () => {
    expect(storyDecisionsFor('pending')).toEqual(['approve', 'reject', 'request-changes']);
  });
  it('lets reports on a published or hidden story be confirmed or dismissed', () => {
    expect(storyDecisionsFor('published')).toEqual(['hide']);
    expect(storyDecisionsFor('hidden')).toEqual(['restore']);
    expect(storyDecisionsFor('published', true)).toEqual(['hide', 'restore']);
    expect(storyDecisionsFor('hidden', true)).toEqual(['hide', 'restore']);
  });
  it('offers nothing on a story no decision applies to', () => {
    for (const status of ['rejected', 'changes-requested', 'withdrawn'] as const)
      expect(storyDecisionsFor(status, true)).toEqual([]);
  });
});

describe('lacksTranscript', () => {
  it('holds back a recording without a transcript, and nothing else', () => {
    expect(lacksTranscript(undefined)).toBe(false);
    expect(lacksTranscript([{ kind: 'image' }])).toBe(false);
    expect(lacksTranscript([{ kind: 'image' }, { kind: 'audio' }])).toBe(true);
    expect(lacksTranscript([{ kind: 'audio', transcript: '  \n ' }])).toBe(true);
    expect(lacksTranscript([{ kind: 'audio', transcript: 'Glück auf.' }])).toBe(false);
  });
});
