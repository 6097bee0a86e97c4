import type { Span } from './spans';

/** IBANs: the country's length and a valid mod-97 checksum, group spaces allowed. */

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
export function findIbans(text: string): { flags: Span[]; shapes: Span[] } {
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
