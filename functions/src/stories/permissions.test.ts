import { describe, expect, it } from 'vitest';
import type { User } from '../core/auth';
import { canEditStory, canSeeStory, canWithdrawStory } from './permissions';

const author: User = { sub: 'u-anna', groups: [] };
const other: User = { sub: 'u-ben', groups: [] };
const moderator: User = { sub: 'u-mia', groups: ['moderators'] };
const curator: User = { sub: 'u-kai', groups: ['curators'] };
const story = (status: Parameters<typeof canSeeStory>[0]['status']) => ({
  status,
  authorSub: 'u-anna',
});

describe('canSeeStory', () => {
  it('shows a published story to everyone', () => {
    for (const viewer of [null, author, other, moderator, curator]) {
      expect(canSeeStory(story('published'), viewer)).toBe(true);
    }
  });
  it('shows any other status only to the author and moderators', () => {
    for (const status of ['pending', 'rejected', 'changes-requested', 'hidden'] as const) {
      expect(canSeeStory(story(status), author)).toBe(true);
      expect(canSeeStory(story(status), moderator)).toBe(true);
      expect(canSeeStory(story(status), other)).toBe(false);
      expect(canSeeStory(story(status), curator)).toBe(false);
      expect(canSeeStory(story(status), null)).toBe(false);
    }
  });
  it('shows a withdrawn story to its author alone, not to moderators', () => {
    expect(canSeeStory(story('withdrawn'), author)).toBe(true);
    for (const viewer of [null, other, moderator, curator]) {
      expect(canSeeStory(story('withdrawn'), viewer)).toBe(false);
    }
  });
});

describe('canEditStory', () => {
  it('lets the author edit while pending or asked for changes', () => {
    expect(canEditStory(story('pending'), author)).toBe(true);
    expect(canEditStory(story('changes-requested'), author)).toBe(true);
  });
  it('refuses after a decision, and refuses everyone else', () => {
    expect(canEditStory(story('published'), author)).toBe(false);
    expect(canEditStory(story('pending'), moderator)).toBe(false);
    expect(canEditStory(story('pending'), null)).toBe(false);
  });
});

describe('canWithdrawStory', () => {
  it('lets only the author withdraw, once', () => {
    expect(canWithdrawStory(story('published'), author)).toBe(true);
    expect(canWithdrawStory(story('withdrawn'), author)).toBe(false);
    expect(canWithdrawStory(story('published'), moderator)).toBe(false);
  });
});
