import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks inserted and deleted words and keeps the rest', () => {
    expect(wordDiff('Mein Vater fuhr mit dem Rad', 'Vater fuhr jeden Tag mit dem Rad')).toEqual([
      { kind: 'del', text: 'Mein ' },
      { kind: 'same', text: 'Vater fuhr' },
      { kind: 'ins', text: ' jeden Tag' },
      { kind: 'same', text: ' mit dem Rad' },
    ]);
  });

  it('shows a replaced word as a deletion and an insertion', () => {
    expect(wordDiff('die alte Zeche', 'die neue Zeche')).toEqual([
      { kind: 'same', text: 'die ' },
      { kind: 'del', text: 'alte' },
      { kind: 'ins', text: 'neue' },
      { kind: 'same', text: ' Zeche' },
    ]);
  });

  it('joins neighbouring changes into one removal and one insertion', () => {
    expect(wordDiff('und Herr Kowalski züchtete', 'und ein Nachbar züchtete')).toEqual([
      { kind: 'same', text: 'und ' },
      { kind: 'del', text: 'Herr Kowalski' },
      { kind: 'ins', text: 'ein Nachbar' },
      { kind: 'same', text: ' züchtete' },
    ]);
  });

  it('is one kept part for equal texts and keeps line breaks', () => {
    expect(wordDiff('Glück auf!\n\nZweiter Absatz.', 'Glück auf!\n\nZweiter Absatz.')).toEqual([
      { kind: 'same', text: 'Glück auf!\n\nZweiter Absatz.' },
    ]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Ein langer Text über die Zeche Zollverein und den Pütt.';
    const after = 'Ein kurzer Text über Zollverein, den Pütt und die Kaue.';
    const parts = wordDiff(before, after);
    const join = (skip: string) =>
      parts
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join('');
    expect(join('ins')).toBe(before);
    expect(join('del')).toBe(after);
  });
});
