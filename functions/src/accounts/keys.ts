import type { ConsentEntry } from '../../../shared/schemas/consent-ledger';

/**
 * A person's partition, `USER#<sub>`: their profile, their unseen decisions, one pointer per
 * story or comment they wrote, so that a new display name reaches every item that carries the old
 * one (a strongly consistent Query of this partition finds every contribution ever committed).
 * Pointers to the stories they support and the items they reported let the export and the erasure
 * (DESIGN §7) find those too, without reading anybody else's data. Their consent ledger is one
 * entry per consent given or withdrawn, keyed by time, so that newest first is one Query (the
 * story and use in the key keep entries of one moment apart).
 */
export const accountKeys = {
  partition: (sub: string) => `USER#${sub}`,
  profile: (sub: string) => ({ pk: `USER#${sub}`, sk: 'PROFILE' }),
  decisionNotices: (sub: string) => ({ pk: `USER#${sub}`, sk: 'NOTICES' }),
  /**
   * One in-app notification (a museum answer on their story), keyed by the answer's time and the
   * comment's id: newest first is one Query, and the same answer can only be put once.
   */
  notificationPrefix: 'NOTIFICATION#',
  notification: (sub: string, at: string, storyId: string, commentId: string) => ({
    pk: `USER#${sub}`,
    sk: `NOTIFICATION#${at}#${storyId}#${commentId}`,
  }),
  contributionPrefix: 'WROTE#',
  contribution: (sub: string, ref: Contribution) => ({
    pk: `USER#${sub}`,
    sk:
      ref.kind === 'story'
        ? `WROTE#STORY#${ref.storyId}`
        : `WROTE#COMMENT#${ref.storyId}#${ref.commentId}`,
  }),
  supportPrefix: 'SUPPORTED#',
  support: (sub: string, storyId: string) => ({
    pk: `USER#${sub}`,
    sk: `SUPPORTED#${storyId}`,
  }),
  reportPrefix: 'REPORTED#',
  /** `target` is `STORY` or the reported comment's stored id, as in the report item's key. */
  report: (sub: string, storyId: string, target: string) => ({
    pk: `USER#${sub}`,
    sk: `REPORTED#${storyId}#${target}`,
  }),
  /** The hourly rate-limit counters (core/rate-limit.ts) live in this partition. */
  rateLimits: (sub: string) => `RATE#${sub}`,
  /**
   * An erased person's tombstone: keyed by an HMAC of the sub (core/caller-key.ts), so it names
   * nobody; it refuses their still-valid tokens until it expires.
   */
  erased: (hash: string) => ({ pk: `ERASED#${hash}`, sk: 'ERASED' }),
  consentPrefix: 'CONSENT#',
  consent: (sub: string, entry: Pick<ConsentEntry, 'at' | 'storyId' | 'use'>) => ({
    pk: `USER#${sub}`,
    sk: `CONSENT#${entry.at}#${entry.storyId}#${entry.use}`,
  }),
};

/** Something a person reported: a story (`target` = `STORY`) or one of its comments. */
export type ReportMade = { storyId: string; target: string };

/** Something a person wrote that carries their display name. */
export type Contribution =
  { kind: 'story'; storyId: string } | { kind: 'comment'; storyId: string; commentId: string };

/** What a `WROTE#…` pointer's sort key names (null for any other key). */
export const toContribution = (sk: string): Contribution | null => {
  const [, kind, storyId, commentId] = sk.split('#');
  if (kind === 'STORY' && storyId) return { kind: 'story', storyId };
  if (kind === 'COMMENT' && storyId && commentId) return { kind: 'comment', storyId, commentId };
  return null;
};
