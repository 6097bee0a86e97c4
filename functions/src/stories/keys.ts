import { FEED_SLOTS, PICK_SLOT } from './feed-facets';

/**
 * Every DynamoDB key of the stories context. A story's partition holds the story (sk `STORY`), its
 * comments (`STORY#C#<id>`, so one Query with begins_with `STORY` reads the story and its first
 * comments, oldest first by id), its feed slots (`FEED#00`…) and later its votes and reports.
 */
export const storyKeys = {
  story: (id: string) => ({ pk: `STORY#${id}`, sk: 'STORY' }),
  /** The sort-key prefix that covers the story and its top-level comments. */
  pagePrefix: 'STORY',
  commentPrefix: 'STORY#C#',
  comment: (storyId: string, commentId: string) => ({
    pk: `STORY#${storyId}`,
    sk: `STORY#C#${commentId}`,
  }),
  partition: (id: string) => `STORY#${id}`,
  feedSlot: (storyId: string, slot: number) => ({
    pk: `STORY#${storyId}`,
    sk: `FEED#${String(slot).padStart(2, '0')}`,
  }),
  /**
   * A short link (`/s/<code>`, code from `shortCodeOf` in shared/short-link.ts): its own
   * partition, one item per story with that code, so a shared code lists both stories.
   */
  shortLink: (code: string, storyId: string) => ({ pk: `SHORT#${code}`, sk: `STORY#${storyId}` }),
  shortLinkPartition: (code: string) => `SHORT#${code}`,
  pickSlot: (storyId: string) => storyKeys.feedSlot(storyId, PICK_SLOT),
  allFeedSlots: (storyId: string) =>
    Array.from({ length: FEED_SLOTS }, (_, slot) => storyKeys.feedSlot(storyId, slot)),
  vote: (storyId: string, sub: string) => ({ pk: `STORY#${storyId}`, sk: `VOTE#${sub}` }),
  reply: (storyId: string, parentId: string, replyId: string) => ({
    pk: `STORY#${storyId}`,
    sk: `REPLY#${parentId}#${replyId}`,
  }),
  replyPrefix: (parentId: string) => `REPLY#${parentId}#`,
  /** The sort-key prefix of every reply in the story's partition. */
  allRepliesPrefix: 'REPLY#',
  /** One report per person and item; `target` is `STORY` or a comment id. */
  report: (storyId: string, target: string, sub: string) => ({
    pk: `STORY#${storyId}`,
    sk: `REPORT#${target}#${sub}`,
  }),
  reportQueue: 'QUEUE#reports',
  /** A reported item's place in the reports queue: since its first report; `target` as above. */
  reportQueueSk: (at: string, storyId: string, target: string) => `${at}#${storyId}#${target}`,
  author: (sub: string) => `AUTHOR#${sub}`,
  byTime: (at: string, id: string) => `${at}#${id}`,
  pendingQueue: 'QUEUE#stories',
  heldQueue: 'QUEUE#comments',
  /** The moderation queue partition of each kind. */
  queue: (kind: 'stories' | 'comments' | 'reports') => `QUEUE#${kind}`,
  /**
   * Reads a queue sort key back. Every queue sorts by the time the entry joined it, then the
   * story: `<at>#<storyId>` (pending stories), `<at>#<storyId>#<commentId>` (held comments) and
   * `<at>#<storyId>#<STORY or commentId>` (reports). ISO times hold no `#`.
   */
  parseQueueSk: (queueSk: string): { at: string; storyId: string; commentId?: string } => {
    const [at = '', storyId = '', target] = queueSk.split('#');
    return target && target !== 'STORY' ? { at, storyId, commentId: target } : { at, storyId };
  },
};

/** The feedTopSk value: supports first, then the newer story. Fits a DynamoDB number exactly. */
export const TOP_VOTE_WEIGHT = 1e10;
export const topScore = (voteCount: number, publishedAt: string) =>
  voteCount * TOP_VOTE_WEIGHT + Math.floor(Date.parse(publishedAt) / 1000);
