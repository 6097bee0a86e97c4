import { CAPS_ABBREVIATIONS, INSULT_WORDS, LINK_TLDS, WORD_LIKE_TLDS } from './prescreen-words';

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
 */

export const PRESCREEN_FLAG_KINDS = [
  'email',
  'phone',
  'link',
  'iban',
  'shouting',
  'insult',
] as const;
export type PrescreenFlagKind = (typeof PRESCREEN_FLAG_KINDS)[number];
/** `[start, end)` into the screened text; `text` is `input.slice(start, end)`. */
export type PrescreenFlag = { kind: PrescreenFlagKind; start: number; end: number; text: string };

type Span = { kind: PrescreenFlagKind; start: number; end: number };

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

const KIND_ORDER = Object.fromEntries(PRESCREEN_FLAG_KINDS.map((kind, i) => [kind, i])) as Record<
  PrescreenFlagKind,
  number
>;
const kindOrder = (kind: PrescreenFlagKind) => KIND_ORDER[kind];
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Whether the span overlaps any of the spans, which are sorted by start and do not overlap. */
function overlapsAny(sorted: readonly Span[], span: Span): boolean {
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
function resolveOverlaps(candidates: Span[]): Span[] {
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

const matchSpan = (kind: PrescreenFlagKind, match: RegExpExecArray | RegExpMatchArray): Span => {
  const start = match.index ?? 0;
  return { kind, start, end: start + match[0].length };
};

// ---------------------------------------------------------------------------------------------
// email

/** A domain label: letters or digits, hyphens inside, at most 63 characters. */
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?`;
const LOCAL = String.raw`[\p{L}\p{N}_%+\-]+(?:\.[\p{L}\p{N}_%+\-]+)*`;
/** Not in the middle of an address, a word or a domain. */
const ADDRESS_START = String.raw`(?<![\p{L}\p{N}._%+\-@/])`;
const DOMAIN_END = String.raw`(?![\p{L}\p{N}_\-@])`;
const OPEN = String.raw`[(\[{<]`;
const CLOSE = String.raw`[)\]}>]`;
const AT = String.raw`(?:@|[ \t]*${OPEN}[ \t]*(?:at|ät|@)[ \t]*${CLOSE}[ \t]*)`;
const DOT = String.raw`(?:\.|[ \t]*${OPEN}[ \t]*(?:dot|punkt|\.)[ \t]*${CLOSE}[ \t]*)`;
const TLD_ALTERNATIVES = [...LINK_TLDS].sort((a, b) => b.length - a.length).join('|');

const EMAIL = new RegExp(
  `${ADDRESS_START}${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\\p{L}{2,63}${DOMAIN_END}`,
  'giu',
);
const SPELLED_EMAIL = new RegExp(
  String.raw`${ADDRESS_START}${LOCAL}[ \t]+(?:at|ät)[ \t]+${LABEL}` +
    String.raw`(?:[ \t]+(?:dot|punkt)[ \t]+${LABEL})*[ \t]+(?:dot|punkt)[ \t]+(?:${TLD_ALTERNATIVES})` +
    DOMAIN_END,
  'giu',
);

function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL), ...text.matchAll(SPELLED_EMAIL)].map((m) =>
    matchSpan('email', m),
  );
}

// ---------------------------------------------------------------------------------------------
// link

const URL_CHARS = String.raw`[^\s<>"«»“”„]`;
const SCHEME_URL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:https?|ftp):\/\/${URL_CHARS}+`, 'giu');
const PORT_AND_PATH = String.raw`(?::\d{1,5})?(?:[/?#]${URL_CHARS}*)?`;
const WWW_URL = new RegExp(
  String.raw`${ADDRESS_START}www\.(?:${LABEL}\.)+\p{L}{2,63}${DOMAIN_END}${PORT_AND_PATH}`,
  'giu',
);
const BARE_DOMAIN = new RegExp(
  String.raw`${ADDRESS_START}((?:${LABEL}\.)+)(${TLD_ALTERNATIVES})${DOMAIN_END}(${PORT_AND_PATH})`,
  'giu',
);
const WORD_LIKE = new Set(WORD_LIKE_TLDS);
const TRAILING_PUNCTUATION = new Set([...'.,;:!?\'"*«»“”‘’…']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Where a URL ends once trailing punctuation and unbalanced closing brackets are cut off. */
function trimUrlEnd(text: string, start: number, end: number): number {
  let balance: Record<string, number> | undefined;
  while (end > start) {
    const last = text[end - 1] ?? '';
    if (TRAILING_PUNCTUATION.has(last)) {
      end -= 1;
      continue;
    }
    const opener = CLOSERS[last];
    if (opener === undefined) break;
    // Closers minus openers in text[start, end), counted once and then kept up to date.
    balance ??= countBrackets(text.slice(start, end));
    if ((balance[last] ?? 0) <= 0) break;
    balance[last] = (balance[last] ?? 0) - 1;
    end -= 1;
  }
  return end;
}

function countBrackets(url: string): Record<string, number> {
  const balance: Record<string, number> = { ')': 0, ']': 0, '}': 0 };
  for (const char of url) {
    if (char in balance) balance[char] = (balance[char] ?? 0) + 1;
    else if (char === '(') balance[')'] = (balance[')'] ?? 0) - 1;
    else if (char === '[') balance[']'] = (balance[']'] ?? 0) - 1;
    else if (char === '{') balance['}'] = (balance['}'] ?? 0) - 1;
  }
  return balance;
}

function findLinks(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    const trimmed = trimUrlEnd(text, start, end);
    if (trimmed > start) spans.push({ kind: 'link', start, end: trimmed });
  };
  for (const m of text.matchAll(SCHEME_URL)) {
    const span = matchSpan('link', m);
    // "https://" alone is not a link.
    if (trimUrlEnd(text, span.start, span.end) > span.start + m[0].indexOf('//') + 2) {
      push(span.start, span.end);
    }
  }
  for (const m of text.matchAll(WWW_URL)) push(m.index, m.index + m[0].length);
  for (const m of text.matchAll(BARE_DOMAIN)) {
    const host = m[1] ?? '';
    const tld = m[2] ?? '';
    const rest = m[3] ?? '';
    const labels = host.split('.').filter(Boolean);
    const name = labels[labels.length - 1] ?? '';
    // Domains are written in lower case; "Ende.De" or "Bochum.It" is a missing space.
    if (tld !== tld.toLowerCase() && host !== host.toUpperCase()) continue;
    // The name before the top-level domain needs a letter: "1.de" is not a site.
    if (!/\p{L}/u.test(name) || name.length < 2) continue;
    if (
      WORD_LIKE.has(tld.toLowerCase()) &&
      rest.length <= 1 &&
      labels.length < 2 &&
      !/[\p{N}\-]/u.test(host)
    ) {
      continue;
    }
    const span = matchSpan('link', m);
    push(span.start, span.end);
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// iban

/** IBAN lengths by country (ISO 13616 registry). Unknown countries are not flagged. */
// prettier-ignore
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
  ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24,
  TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};
const IBAN_START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;
const ALNUM = /^[A-Za-z0-9]$/;
const GROUP_SPACE = /^[ \u00A0]$/;

/** ISO 7064 mod 97-10 over the IBAN with its first four characters moved to the end. */
export function ibanChecksumValid(iban: string): boolean {
  const rearranged = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

/**
 * Valid IBANs, and the "shapes": every IBAN-like run of the right length whether or not its
 * checksum holds, so that a mistyped IBAN's digits are not taken for a phone number.
 */
function findIbans(text: string): { flags: Span[]; shapes: Span[] } {
  const flags: Span[] = [];
  const shapes: Span[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(IBAN_START)) {
    const start = m.index;
    if (start < previousEnd) continue;
    const length = IBAN_LENGTHS[m[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    let chars = '';
    let i = start;
    while (i < text.length && chars.length < length) {
      const char = text[i] ?? '';
      if (ALNUM.test(char)) {
        chars += char;
        i += 1;
      } else if (GROUP_SPACE.test(char) && ALNUM.test(text[i + 1] ?? '')) {
        i += 1;
      } else {
        break;
      }
    }
    // The IBAN must not stop in the middle of a longer code.
    if (chars.length < length || /[\p{L}\p{N}]/u.test(text[i] ?? '')) continue;
    const span: Span = { kind: 'iban', start, end: i };
    previousEnd = i;
    shapes.push(span);
    if (/^[A-Z0-9]+$/i.test(chars) && ibanChecksumValid(chars)) flags.push(span);
  }
  return { flags, shapes };
}

// ---------------------------------------------------------------------------------------------
// phone

const SP = String.raw`[ \u00A0]`;
/** Not inside a word or number, nor after "1." or "3/" (dates, fractions). */
const NUMBER_START = String.raw`(?<![\p{L}\p{N}+])(?<!\d[.,/])`;
const NUMBER_END = String.raw`(?!\d)(?![.,]\d)`;
/** German: trunk 0, area code 0[1-9]x{1,4}, then the subscriber number in groups. */
const NATIONAL_PHONE = new RegExp(
  NUMBER_START +
    String.raw`(?:(?:\(0[1-9]\d{1,4}\)(?:${SP}?[/\-])?${SP}?|0[1-9]\d{1,4}(?:${SP}?[/\-]${SP}?|${SP}))` +
    String.raw`\d{2,}(?:${SP}?-${SP}?\d{1,5}|${SP}\d{2,4})*|0[1-9]\d{5,13})` +
    NUMBER_END,
  'gu',
);
/** International: + or 00, country code, groups separated by spaces, / or -, maybe "(0)". */
const INTERNATIONAL_PHONE = new RegExp(
  NUMBER_START +
    String.raw`(?:\+|00)[1-9]\d*(?:(?:${SP}?\(\d{1,5}\)${SP}?|${SP}?[/\-]${SP}?|${SP})\d+)*` +
    NUMBER_END,
  'gu',
);
/** "0600-1400" is a shift from six to two, not a number in area 0600. */
const TIME_RANGE = /^(?:[01]\d|2[0-4])[0-5]\d[ \u00A0]?-[ \u00A0]?(?:[01]\d|2[0-4])[0-5]\d$/;
const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;
const LONG_GROUP = 6;

function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of [...text.matchAll(NATIONAL_PHONE), ...text.matchAll(INTERNATIONAL_PHONE)]) {
    if (TIME_RANGE.test(m[0])) continue;
    // Cut trailing groups that cannot belong to the number: beyond 15 digits, or set off by a
    // space after a group of six or more digits (0234 123456 1961 zogen wir um).
    let digits = 0;
    let length = 0;
    let previousGroup = 0;
    for (const group of m[0].matchAll(/\d+/g)) {
      if (digits + group[0].length > MAX_PHONE_DIGITS) break;
      const separator = m[0].slice(length, group.index);
      if (previousGroup >= LONG_GROUP && /^[ \u00A0]$/.test(separator)) break;
      digits += group[0].length;
      length = group.index + group[0].length;
      previousGroup = group[0].length;
    }
    if (digits < MIN_PHONE_DIGITS) continue;
    spans.push({ kind: 'phone', start: m.index, end: m.index + length });
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// words: one hand-written pass that the shouting and insult checks share

/** A run of letters, marks and digits, and what kinds of characters it holds. */
type Token = {
  start: number;
  end: number;
  /** Letters, not counting marks. */
  letters: number;
  upper: boolean;
  /** A lower-case or title-case letter; "ß" counts as neither, it has no everyday capital. */
  lower: boolean;
  /** A letter without case (CJK, Arabic, Hebrew …). */
  caseless: boolean;
  digit: boolean;
};

const CharClass = {
  Other: 0,
  Upper: 1,
  Lower: 2,
  Caseless: 3,
  /** ß */
  Neutral: 4,
  Mark: 5,
  Digit: 6,
} as const;
type CharClass = (typeof CharClass)[keyof typeof CharClass];

const CLASS_CACHE = new Map<number, CharClass>();
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^[\p{Ll}\p{Lt}]$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_DIGIT = /^\p{N}$/u;

function classify(code: number): CharClass {
  if (code < 128) {
    if (code >= 97 && code <= 122) return CharClass.Lower;
    if (code >= 65 && code <= 90) return CharClass.Upper;
    if (code >= 48 && code <= 57) return CharClass.Digit;
    return CharClass.Other;
  }
  const cached = CLASS_CACHE.get(code);
  if (cached !== undefined) return cached;
  const char = String.fromCodePoint(code);
  const result =
    code === 0xdf
      ? CharClass.Neutral
      : IS_UPPER.test(char)
        ? CharClass.Upper
        : IS_LOWER.test(char)
          ? CharClass.Lower
          : IS_LETTER.test(char)
            ? CharClass.Caseless
            : IS_MARK.test(char)
              ? CharClass.Mark
              : IS_DIGIT.test(char)
                ? CharClass.Digit
                : CharClass.Other;
  if (CLASS_CACHE.size < 4096) CLASS_CACHE.set(code, result);
  return result;
}

/** The maximal runs of Unicode letters, marks and digits, like /[\p{L}\p{M}\p{N}]+/gu. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let token: Token | undefined;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const charClass = classify(code);
    if (charClass === CharClass.Other) {
      token = undefined;
    } else {
      if (!token) {
        token = {
          start: i,
          end: i,
          letters: 0,
          upper: false,
          lower: false,
          caseless: false,
          digit: false,
        };
        tokens.push(token);
      }
      token.end = i + width;
      if (charClass === CharClass.Digit) token.digit = true;
      else if (charClass !== CharClass.Mark) {
        token.letters += 1;
        if (charClass === CharClass.Upper) token.upper = true;
        else if (charClass === CharClass.Lower) token.lower = true;
        else if (charClass === CharClass.Caseless) token.caseless = true;
      }
    }
    i += width;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// shouting

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const ABBREVIATIONS = new Set(CAPS_ABBREVIATIONS.map((word) => word.normalize('NFC')));
const MIN_RUN_WORDS = 4;
const MIN_RUN_PLAIN_WORDS = 2;
const MIN_LONG_WORD_LETTERS = 8;

type CapsWord = { token: Token; abbreviation: boolean; lead: number | undefined };

/** Shouting outside the structural flags (an address in capitals is not shouting). */
function findShouting(text: string, tokens: readonly Token[], structural: readonly Span[]): Span[] {
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

// ---------------------------------------------------------------------------------------------
// insult

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
function findInsults(text: string, tokens: readonly Token[]): Span[] {
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
