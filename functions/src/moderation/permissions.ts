import { hasGroup, type User } from '../core/auth';

/**
 * A moderator decides on stories and comments, but never on their own: no one approves (or
 * hides, or restores) what they wrote themselves.
 */
export const canDecide = ({ moderator, item }: { moderator: User; item: { authorSub: string } }) =>
  hasGroup(moderator, 'moderators') && moderator.sub !== item.authorSub;
