import { describe, expect, it } from 'vitest';
import type { User } from '../core/auth';
import { canDecide } from './permissions';

const mia: User = { sub: 'u-mia', groups: ['moderators'] };
const other: User = { sub: 'u-jana', groups: ['moderators'] };
const anna: User = { sub: 'u-anna', groups: [] };

describe('canDecide', () => {
  it("lets a moderator decide on someone else's story or comment", () => {
    expect(canDecide({ moderator: mia, item: { authorSub: 'u-anna' } })).toBe(true);
    expect(canDecide({ moderator: other, item: { authorSub: 'u-mia' } })).toBe(true);
  });

  it('refuses a moderator their own story or comment', () => {
    expect(canDecide({ moderator: mia, item: { authorSub: 'u-mia' } })).toBe(false);
  });

  it('refuses anyone who is not a moderator', () => {
    expect(canDecide({ moderator: anna, item: { authorSub: 'u-ben' } })).toBe(false);
  });
});
