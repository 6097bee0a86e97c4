import { describe, expect, it } from 'vitest';
import { inlinePieces } from './inline';

describe('the marks of a legal text', () => {
  it('finds details to fill in and links between plain text', () => {
    expect(inlinePieces('Anschrift: [[Anschrift]]. Siehe [Datenschutz](/datenschutz).')).toEqual([
      { kind: 'text', text: 'Anschrift: ' },
      { kind: 'to-fill', what: 'Anschrift' },
      { kind: 'text', text: '. Siehe ' },
      { kind: 'link', text: 'Datenschutz', href: '/datenschutz' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves plain brackets and text without marks alone', () => {
    expect(inlinePieces('Fassung [2026-11] gilt.')).toEqual([
      { kind: 'text', text: 'Fassung [2026-11] gilt.' },
    ]);
  });
});
