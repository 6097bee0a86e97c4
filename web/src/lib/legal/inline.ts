/** One piece of a paragraph: plain text, a link, or a detail the museum still has to fill in. */
export type InlinePiece =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'to-fill'; what: string };

const MARKS = /\[\[([^\]]+)\]\]|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Splits a paragraph of a legal text at its marks (see ./types.ts). */
export function inlinePieces(paragraph: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let last = 0;
  for (const match of paragraph.matchAll(MARKS)) {
    if (match.index > last) pieces.push({ kind: 'text', text: paragraph.slice(last, match.index) });
    if (match[1] !== undefined) pieces.push({ kind: 'to-fill', what: match[1] });
    else pieces.push({ kind: 'link', text: match[2]!, href: match[3]! });
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) pieces.push({ kind: 'text', text: paragraph.slice(last) });
  return pieces;
}
