import { THEMES, LANGUAGES } from '../../../shared/vocabulary';
import {
  DECISION_BUCKETS_HOURS,
  STATS_THRESHOLD,
  type PublicStats,
  type StatsCell,
} from '../../../shared/schemas/opendata';
import type { CounterRow } from './stats-repository';
import type { StatsDimension } from './stats-keys';

/** A count the public sees: null below the threshold, so no small group can be singled out. */
const shown = (count: number) => (count >= STATS_THRESHOLD ? count : null);

/**
 * The statistics as the public sees them (DESIGN §10): every count below 5 is null, and a cell
 * that was never counted is left out, except the fixed lists (themes, languages, buckets), which
 * always list every key. The median decision time is read off the histogram: the bucket in which
 * the middle decision lies, shown only with the total of decisions.
 */
export function publicStats(rows: CounterRow[]): PublicStats {
  const of = (dimension: StatsDimension) =>
    new Map(rows.filter((r) => r.dimension === dimension).map((r) => [r.value, r.count]));
  const cells = (counts: Map<string, number>, keys: readonly string[]): StatsCell[] =>
    keys.map((key) => ({ key, count: shown(counts.get(key) ?? 0) }));
  const sorted = (dimension: StatsDimension, compare?: (a: string, b: string) => number) => {
    const counts = of(dimension);
    const keys = [...counts.keys()].filter((k) => (counts.get(k) ?? 0) > 0).sort(compare);
    return cells(counts, keys);
  };

  const decisions = of('decision-hours');
  const bucketKeys = [...DECISION_BUCKETS_HOURS.map(String), 'more'];
  const total = bucketKeys.reduce((sum, key) => sum + (decisions.get(key) ?? 0), 0);
  const buckets = cells(decisions, bucketKeys);
  // The total less the buckets shown is the sum of the hidden ones: the total (and the median
  // read from it) is shown only when that difference is no small group either.
  const hidden = total - buckets.reduce((sum, cell) => sum + (cell.count ?? 0), 0);
  const totalShown = total >= STATS_THRESHOLD && (hidden === 0 || hidden >= STATS_THRESHOLD);
  let median: number | null = null;
  if (totalShown) {
    let seen = 0;
    for (const key of bucketKeys) {
      seen += decisions.get(key) ?? 0;
      if (seen * 2 >= total) {
        // Past the last bound the median is only "more than two weeks": no number for it.
        median = key === 'more' ? null : Number(key);
        break;
      }
    }
  }

  return {
    threshold: STATS_THRESHOLD,
    byTheme: cells(of('theme'), THEMES),
    byDecade: sorted('decade', (a, b) => Number(a) - Number(b)),
    byLanguage: cells(of('language'), LANGUAGES),
    byCity: sorted('city', (a, b) => a.localeCompare(b, 'de')),
    submissionsByMonth: sorted('submissions'),
    commentsByMonth: sorted('comments'),
    moderation: {
      decisions: totalShown ? total : null,
      medianHoursAtMost: median,
      buckets,
    },
  };
}
