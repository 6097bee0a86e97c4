/**
 * Every DynamoDB key of the public statistics (docs/data-model.md, "Statistics"). All counters are
 * in one partition, so `GET /api/stats` is one Query; each is `<dimension>#<value>` with a number
 * `count`. A marker item per stream record makes the stats-counter handler idempotent.
 */
export const STATS_DIMENSIONS = [
  'theme',
  'decade',
  'language',
  'city',
  'submissions',
  'comments',
  'decision-hours',
  // Not public: how many stories the research export holds (the researchers' page shows it).
  'research',
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

const PARTITION = 'STATS';

export const statsKeys = {
  partition: PARTITION,
  counter: (dimension: StatsDimension, value: string) => ({
    pk: PARTITION,
    sk: `${dimension}#${value}`,
  }),
  /** Reads a counter's sort key back; null for anything else. */
  parseCounter: (sk: string): { dimension: StatsDimension; value: string } | null => {
    const at = sk.indexOf('#');
    const dimension = STATS_DIMENSIONS.find((d) => d === sk.slice(0, at));
    return dimension ? { dimension, value: sk.slice(at + 1) } : null;
  },
  /** The stream record a counter change came from, counted once (TTL removes it after a week). */
  marker: (eventId: string) => ({ pk: `${PARTITION}#RECORD#${eventId}`, sk: 'RECORD' }),
  /** What IAM may let the stats-counter write: the counters' partition and the markers. */
  leadingKeys: [PARTITION, `${PARTITION}#RECORD#*`],
};
