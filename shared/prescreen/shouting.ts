import { CAPS_ABBREVIATIONS } from '../prescreen-words';
import type { Span } from './spans';
import type { Token } from './tokens';

/** Shouting: runs of all-caps words, or one long all-caps word, that are not abbreviations. */

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const ABBREVIATIONS = new Set(CAPS_ABBREVIATIONS.map((word) => word.normalize('NFC')));
const MIN_RUN_WORDS = 4;
const MIN_RUN_PLAIN_WORDS = 2;
const MIN_LONG_WORD_LETTERS = 8;

type CapsWord = { token: Token; abbreviation: boolean; lead: number | undefined };

/** Shouting outside the structural flags (an address in capitals is not shouting). */
export function findShouting(
  text: string,
  tokens: readonly Token[],
  structural: readonly Span[],
): Span[] {
  const spans: Span[] = [];
  let run: CapsWord[] = [];
  /** Where a single capital just before the run starts ("I AM SO ANGRY"). */
  let lead: number | undefined;
  const flush = () => {
    lead = undefined;
    if (run.length === 0) return;
    const plain = run.filter((word) => !word.abbreviation);
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && run.length >= MIN_RUN_WORDS && plain.length >= MIN_RUN_PLAIN_WORDS) {
      spans.push({ kind: 'shouting', start: first.lead ?? first.token.start, end: last.token.end });
    } else {
      for (const { token } of plain) {
        if (token.letters >= MIN_LONG_WORD_LETTERS) {
          spans.push({ kind: 'shouting', start: token.start, end: token.end });
        }
      }
    }
    run = [];
  };
  let next = 0;
  for (const token of tokens) {
    while (next < structural.length && (structural[next]?.end ?? 0) <= token.start) next += 1;
    const blocker = structural[next];
    if ((blocker && blocker.start < token.end) || token.lower || (token.caseless && !token.upper)) {
      flush();
      continue;
    }
    // Numbers, "A40" and single capitals ("I", "A") neither count nor break a run.
    if (token.digit || token.letters < 2 || !token.upper) {
      if (run.length === 0)
        lead = token.letters === 1 && !token.digit ? (lead ?? token.start) : undefined;
      continue;
    }
    const word = text.slice(token.start, token.end).normalize('NFC');
    const abbreviation = ABBREVIATIONS.has(word) || ROMAN_NUMERAL.test(word);
    run.push({ token, abbreviation, lead: run.length === 0 ? lead : undefined });
  }
  flush();
  return spans;
}
