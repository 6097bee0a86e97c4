import { QUEUE_KINDS, type QueueKind } from '../../../shared/schemas/moderation';
import type { StoryRepository } from '../stories/repository';
import type { AuditRepository } from './audit-repository';

const DAY_MS = 86_400_000;

/** The median of the numbers, or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The moderators' overview: how much waits in each queue and for how long, and the median time from
 * submission to first decision over the last 7 and 30 days (from the audit log). A handful of
 * Queries: a dashboard, not a per-item request path.
 */
export async function moderationOverview(
  stories: Pick<StoryRepository, 'queueSummary'>,
  audit: AuditRepository,
  now: Date,
) {
  const queues = {} as Record<QueueKind, { count: number; oldestAgeSeconds: number | null }>;
  for (const kind of QUEUE_KINDS) {
    const { count, oldestSince } = await stories.queueSummary(kind);
    queues[kind] = {
      count,
      oldestAgeSeconds: oldestSince
        ? Math.round((now.getTime() - Date.parse(oldestSince)) / 1000)
        : null,
    };
  }
  const entries = await audit.listSince(new Date(now.getTime() - 30 * DAY_MS).toISOString());
  const decisionTimes = (days: number) => {
    const from = now.getTime() - days * DAY_MS;
    const seconds = entries
      .filter((e) => e.submittedAt && Date.parse(e.at) >= from)
      .map((e) => (Date.parse(e.at) - Date.parse(e.submittedAt!)) / 1000);
    return { decisions: seconds.length, medianSeconds: median(seconds) };
  };
  return { queues, timeToDecision: { last7Days: decisionTimes(7), last30Days: decisionTimes(30) } };
}
