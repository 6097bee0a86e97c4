import { describe, expect, it } from 'vitest';
import { paragraphRanges, segments, type Segment } from './highlight';

/** The segments as text with [kind:…] around each mark, to compare at a glance. */
const show = (parts: Segment[]): string =>
  parts
    .map((part) => (typeof part === 'string' ? part : `[${part.kind}:${show(part.children)}]`))
    .join('');

describe('highlighting pre-screen flags', () => {
  it('marks a flag in place and keeps the text around it', () => {
    const text = 'Ruf an: 0234 123456, abends.';
    const parts = segments(text, 0, text.length, [{ kind: 'phone', start: 8, end: 19, index: 0 }]);
    expect(show(parts)).toBe('Ruf an: [phone:0234 123456], abends.');
  });

  it('nests a flag inside another one', () => {
    const text = 'DU BIST EIN IDIOT UND LÜGNER';
    const parts = segments(text, 0, text.length, [
      { kind: 'insult', start: 12, end: 17, index: 1 },
      { kind: 'shouting', start: 0, end: 28, index: 0 },
    ]);
    expect(show(parts)).toBe('[shouting:DU BIST EIN [insult:IDIOT] UND LÜGNER]');
  });

  it('finds paragraphs by offsets into the raw text, trimmed like the story text', () => {
    const text = ' Erster Absatz.\n\n  Zweiter\nmit Umbruch. \n\n';
    const ranges = paragraphRanges(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'Erster Absatz.',
      'Zweiter\nmit Umbruch.',
    ]);
  });

  it('cuts a flag at a paragraph edge and anchors only its first piece', () => {
    const text = 'EINS ZWEI\n\nDREI VIER';
    const span = { kind: 'shouting', start: 0, end: text.length, index: 3 };
    const anchored = new Set<number>();
    const [first, second] = paragraphRanges(text).map((r) =>
      segments(text, r.start, r.end, [span], anchored),
    );
    expect(show(first!)).toBe('[shouting:EINS ZWEI]');
    expect(show(second!)).toBe('[shouting:DREI VIER]');
    expect([first![0], second![0]].map((mark) => (mark as { anchor: boolean }).anchor)).toEqual([
      true,
      false,
    ]);
  });
});
