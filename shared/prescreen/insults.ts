import { INSULT_WORDS } from '../prescreen-words';
import type { Span } from './spans';
import type { Token } from './tokens';

/** Insults: whole words from the curated list, matched case- and umlaut-insensitively. */

const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const NEEDS_FOLDING = /[^a-z]/;
const FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', '\u0307': '' };
/** Lower case, composed, umlauts spelled out; "İ" lower-cases to i + U+0307, which is dropped. */
const foldWord = (word: string) => {
  const lower = word.toLowerCase();
  if (!NEEDS_FOLDING.test(lower)) return lower;
  return lower.normalize('NFC').replace(/[äöüß\u0307]/g, (char) => FOLDS[char] ?? char);
};
const INSULT_KEYS = new Set(INSULT_WORDS.flatMap((entry) => entry.forms.map(foldWord)));
const INSULT_KEY_LENGTHS = [...INSULT_KEYS].map((key) => key.length);
/** Folding turns each letter into one or two characters, so these bound a word's letters. */
const INSULT_MIN_LETTERS = Math.min(...INSULT_KEY_LENGTHS) / 2;
const INSULT_MAX_LETTERS = Math.max(...INSULT_KEY_LENGTHS);

/** Whole words only: a token, or the letter runs of a token that also holds digits. */
export function findInsults(text: string, tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    if (token.letters < INSULT_MIN_LETTERS) continue;
    if (token.letters > INSULT_MAX_LETTERS && !token.digit) continue;
    const word = text.slice(token.start, token.end);
    if (!token.digit) {
      if (INSULT_KEYS.has(foldWord(word)))
        spans.push({ kind: 'insult', start: token.start, end: token.end });
      continue;
    }
    for (const m of word.matchAll(LETTER_RUN)) {
      if (INSULT_KEYS.has(foldWord(m[0]))) {
        const start = token.start + m.index;
        spans.push({ kind: 'insult', start, end: start + m[0].length });
      }
    }
  }
  return spans;
}
