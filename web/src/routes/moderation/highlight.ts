/** A pre-screen flag numbered in the item's list, so the list can link to its place in the text. */
export type NumberedSpan = { kind: string; start: number; end: number; index: number };
/** A highlighted run; `anchor` is the first piece of its flag (the list links there). */
export type Mark = { kind: string; index: number; anchor: boolean; children: Segment[] };
export type Segment = string | Mark;

/**
 * A text's paragraphs as offsets, split at blank lines and trimmed like `StoryText` does, so that
 * flag offsets into the raw text still apply.
 */
export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const separator = /\r?\n\s*\r?\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) ranges.push({ start, end });
  };
  for (const match of text.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return ranges;
}

/**
 * The text between `from` and `to` as plain runs and (nested) marks. Pre-screen flags never cross
 * (any two are nested or disjoint); a span reaching past its range is cut at the range's edge.
 */
export function segments(
  text: string,
  from: number,
  to: number,
  spans: readonly NumberedSpan[],
  anchored = new Set<number>(),
): Segment[] {
  const inside = spans
    .map((span) => ({ ...span, start: Math.max(span.start, from), end: Math.min(span.end, to) }))
    .filter((span) => span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let position = from;
  let i = 0;
  while (i < inside.length) {
    const span = inside[i]!;
    if (span.start < position) {
      i++;
      continue;
    }
    if (span.start > position) out.push(text.slice(position, span.start));
    let j = i + 1;
    while (j < inside.length && inside[j]!.start < span.end) j++;
    const anchor = !anchored.has(span.index);
    anchored.add(span.index);
    const children = segments(text, span.start, span.end, inside.slice(i + 1, j), anchored);
    out.push({ kind: span.kind, index: span.index, anchor, children });
    position = span.end;
    i = j;
  }
  if (position < to) out.push(text.slice(position, to));
  return out;
}
