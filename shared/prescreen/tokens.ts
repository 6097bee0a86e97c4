/** Words: one hand-written pass that the shouting and insult checks share. */

/** A run of letters, marks and digits, and what kinds of characters it holds. */
export type Token = {
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
export function tokenize(text: string): Token[] {
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
