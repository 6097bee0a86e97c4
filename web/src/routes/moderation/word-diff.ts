/** A run of text in a diff: kept, inserted or deleted. */
export type DiffPart = { kind: 'same' | 'ins' | 'del'; text: string };

/** Beyond this many cells the middle is shown as one removal and one insertion. */
const MAX_CELLS = 2_000_000;

/** Words and the spaces between them, so a diff keeps line breaks and never splits a word. */
const tokens = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

/**
 * A word-level diff of `before` and `after` (the longest common subsequence of words, after the
 * common start and end are set aside), with neighbouring parts of one kind merged.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) (endA--, endB--);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  for (const part of middle(midA, midB)) push(part.kind, part.text);
  push('same', a.slice(endA).join(''));
  return settleSpaces(parts);
}

function middle(a: string[], b: string[]): DiffPart[] {
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    return [
      { kind: 'del', text: a.join('') },
      { kind: 'ins', text: b.join('') },
    ];
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  const at = (i: number, j: number) => lengths[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]! });
      (i++, j++);
    } else if (j < b.length && (i === a.length || at(i, j + 1) > at(i + 1, j))) {
      out.push({ kind: 'ins', text: b[j++]! });
    } else {
      out.push({ kind: 'del', text: a[i++]! });
    }
  }
  return out;
}

/**
 * Neighbouring changes read as one: "Herr Kowalski" → "ein Nachbar" is one removal and one
 * insertion, not two of each around a kept space. Removals come before insertions.
 */
function settleSpaces(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  let space = '';
  const flush = () => {
    if (del) out.push({ kind: 'del', text: del });
    if (ins) out.push({ kind: 'ins', text: ins });
    del = ins = '';
  };
  for (const part of parts) {
    if (part.kind !== 'same') {
      ((del += space), (ins += space), (space = ''));
      if (part.kind === 'del') del += part.text;
      else ins += part.text;
    } else if ((del || ins) && !part.text.trim()) {
      space += part.text;
    } else {
      flush();
      out.push({ kind: 'same', text: space + part.text });
      space = '';
    }
  }
  flush();
  if (space) out.push({ kind: 'same', text: space });
  return out;
}
