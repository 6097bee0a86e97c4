import { describe, expect, it } from 'vitest';
import { commentBadge } from './comment';

describe('commentBadge', () => {
  it.each([
    [['curators'], false, 'museum'],
    [['researchers'], false, 'museum'],
    [['moderators'], false, undefined],
    [['admins'], false, undefined],
    [[], false, undefined],
    [[], true, 'author'],
    [['curators'], true, 'author'],
    [['moderators', 'researchers'], false, 'museum'],
  ] as const)('gives groups %j (story author: %s) the badge %s', (groups, isStoryAuthor, badge) => {
    expect(commentBadge({ groups, isStoryAuthor })).toBe(badge);
  });
});
