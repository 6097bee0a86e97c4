import { hasGroup, type User } from '../core/auth';

/** The research export is for the `researchers` group only (DESIGN §10). */
export const canReadResearchData = (user: User | null) => hasGroup(user, 'researchers');

/**
 * Whether a story may be in the research export: published, and its author consented to
 * research use. A withdrawn consent takes it out of the next download.
 */
export const inResearchData = (story: { status: string; consent: { research: boolean } }) =>
  story.status === 'published' && story.consent.research;
