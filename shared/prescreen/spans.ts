/** The kinds of flag, the spans the detectors find, and how overlapping spans are settled. */

export const PRESCREEN_FLAG_KINDS = [
  'email',
  'phone',
  'link',
  'iban',
  'shouting',
  'insult',
] as const;
export type PrescreenFlagKind = (typeof PRESCREEN_FLAG_KINDS)[number];

export type Span = { kind: PrescreenFlagKind; start: number; end: number };

const KIND_ORDER = Object.fromEntries(PRESCREEN_FLAG_KINDS.map((kind, i) => [kind, i])) as Record<
  PrescreenFlagKind,
  number
>;
export const kindOrder = (kind: PrescreenFlagKind) => KIND_ORDER[kind];
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Whether the span overlaps any of the spans, which are sorted by start and do not overlap. */
export function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.end ?? 0) <= span.start) low = middle + 1;
    else high = middle;
  }
  const candidate = sorted[low];
  return candidate !== undefined && candidate.start < span.end;
}

/**
 * Structural flags must not overlap: within each cluster of overlapping candidates the longest
 * wins, then the earlier kind, then the earlier start.
 */
export function resolveOverlaps(candidates: Span[]): Span[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const accepted: Span[] = [];
  let cluster: Span[] = [];
  let clusterEnd = -1;
  const settle = () => {
    if (cluster.length === 1 && cluster[0]) accepted.push(cluster[0]);
    else if (cluster.length > 1) {
      const kept: Span[] = [];
      cluster.sort(
        (a, b) =>
          b.end - b.start - (a.end - a.start) ||
          kindOrder(a.kind) - kindOrder(b.kind) ||
          a.start - b.start,
      );
      for (const span of cluster) if (!kept.some((other) => overlaps(other, span))) kept.push(span);
      accepted.push(...kept.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const span of byStart) {
    if (span.start >= clusterEnd) settle();
    cluster.push(span);
    clusterEnd = Math.max(clusterEnd, span.end);
  }
  settle();
  return accepted;
}

export const matchSpan = (
  kind: PrescreenFlagKind,
  match: RegExpExecArray | RegExpMatchArray,
): Span => {
  const start = match.index ?? 0;
  return { kind, start, end: start + match[0].length };
};
