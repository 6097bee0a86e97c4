import { ADDRESS_START, DOMAIN_END, LABEL, TLD_ALTERNATIVES } from './domains';
import { matchSpan, type Span } from './spans';

/** Ways to reach someone privately: email addresses and phone numbers. */

// ---------------------------------------------------------------------------------------------
// email

const LOCAL = String.raw`[\p{L}\p{N}_%+\-]+(?:\.[\p{L}\p{N}_%+\-]+)*`;
const OPEN = String.raw`[(\[{<]`;
const CLOSE = String.raw`[)\]}>]`;
const AT = String.raw`(?:@|[ \t]*${OPEN}[ \t]*(?:at|ät|@)[ \t]*${CLOSE}[ \t]*)`;
const DOT = String.raw`(?:\.|[ \t]*${OPEN}[ \t]*(?:dot|punkt|\.)[ \t]*${CLOSE}[ \t]*)`;

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

export function findEmails(text: string): Span[] {
  return [...text.matchAll(EMAIL), ...text.matchAll(SPELLED_EMAIL)].map((m) =>
    matchSpan('email', m),
  );
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

export function findPhones(text: string): Span[] {
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
