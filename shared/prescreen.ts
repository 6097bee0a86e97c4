import { findEmails, findPhones } from './prescreen/contacts';
import { findIbans } from './prescreen/iban';
import { findInsults } from './prescreen/insults';
import { findLinks } from './prescreen/links';
import { findShouting } from './prescreen/shouting';
import {
  kindOrder,
  overlapsAny,
  PRESCREEN_FLAG_KINDS,
  resolveOverlaps,
  type PrescreenFlagKind,
} from './prescreen/spans';
import { tokenize } from './prescreen/tokens';

/**
 * Automatic pre-screening of contributed text (DESIGN: moderation). It does not decide anything:
 * a comment with any flag is held for a moderator, who sees the flagged spans highlighted.
 *
 * - email: addresses, also "name (at) example (dot) de", "name [at] example.de" and
 *   "name at example dot de" (the spelled-out form only with a known top-level domain).
 * - phone: German numbers with a trunk 0 and an area code of 3–6 digits ("0234 123456",
 *   "(0234) 123456", "0171-1234567") and international ones with + or 00 ("+49 234 123456"),
 *   7–15 digits. A leading 0 or + is what separates them from years, dates, postcodes, money,
 *   depths and counts; dots are never separators (dates, thousands), and "0600-1400" is a shift.
 * - link: http(s)/ftp URLs, www.… with any top-level domain, bare domains with a known one.
 * - iban: two letters, two check digits and the country's length, mod-97 valid; spaces allowed.
 * - shouting: 4+ consecutive all-caps words (2+ letters each, at least two of them not known
 *   abbreviations), or a single all-caps word of 8+ letters that is not one.
 * - insult: a whole word from the curated list in ./prescreen-words, in a listed form.
 *
 * Offsets are UTF-16 indices into the input, as `String.prototype.slice` expects.
 * email, phone, link and iban flags never overlap each other (the longer span wins); shouting and
 * insult flags may lie inside other flags, but flags never cross: any two are nested or disjoint.
 * Every pattern is linear: starts are anchored by look-behinds and quantifiers are bounded or
 * separated, so long or hostile input cannot backtrack catastrophically.
 *
 * The detectors live in ./prescreen/, one file per idea; this module combines their spans.
 */

export { PRESCREEN_FLAG_KINDS, type PrescreenFlagKind };
export { ibanChecksumValid } from './prescreen/iban';

/** `[start, end)` into the screened text; `text` is `input.slice(start, end)`. */
export type PrescreenFlag = { kind: PrescreenFlagKind; start: number; end: number; text: string };

/** The flags of a text, sorted by start (an enclosing flag before the flags inside it). */
export function prescreen(text: string): PrescreenFlag[] {
  if (text.length === 0) return [];
  const ibans = findIbans(text);
  const structural = resolveOverlaps([
    ...findEmails(text),
    ...findLinks(text),
    ...ibans.flags,
    ...findPhones(text).filter((phone) => !overlapsAny(ibans.shapes, phone)),
  ]);
  const tokens = tokenize(text);
  const spans = [
    ...structural,
    ...findShouting(text, tokens, structural),
    ...findInsults(text, tokens),
  ];
  spans.sort((a, b) => a.start - b.start || b.end - a.end || kindOrder(a.kind) - kindOrder(b.kind));
  const flags: PrescreenFlag[] = [];
  for (const span of spans) {
    const last = flags[flags.length - 1];
    if (last && last.kind === span.kind && last.start === span.start && last.end === span.end) {
      continue;
    }
    flags.push({ ...span, text: text.slice(span.start, span.end) });
  }
  return flags;
}

/** The kinds among the flags, each once, in the order of PRESCREEN_FLAG_KINDS. */
export const flagKinds = (flags: readonly PrescreenFlag[]): PrescreenFlagKind[] =>
  PRESCREEN_FLAG_KINDS.filter((kind) => flags.some((flag) => flag.kind === kind));
