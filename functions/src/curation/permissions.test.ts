import { describe, expect, it } from 'vitest';
import type { User } from '../core/auth';
import { canCurate, canSeeExhibition } from './permissions';

const curator: User = { sub: 'u-k', groups: ['curators'] };
const moderator: User = { sub: 'u-m', groups: ['moderators'] };
const resident: User = { sub: 'u-r', groups: [] };

describe('curation permissions', () => {
  it('lets only curators curate', () => {
    expect(canCurate(curator)).toBe(true);
    for (const user of [moderator, resident, null]) expect(canCurate(user)).toBe(false);
  });

  it('shows published exhibitions to everyone and drafts to curators only', () => {
    for (const user of [curator, moderator, resident, null]) {
      expect(canSeeExhibition({ status: 'published' }, user)).toBe(true);
    }
    expect(canSeeExhibition({ status: 'draft' }, curator)).toBe(true);
    for (const user of [moderator, resident, null]) {
      expect(canSeeExhibition({ status: 'draft' }, user)).toBe(false);
    }
  });
});
