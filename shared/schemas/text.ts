import { z } from 'zod';

/*
 * Text hygiene for every field a person types (DESIGN §2, §7). Text is NFC-normalised, so that
 * "Zeche" typed on two keyboards is one word for search and comparison, and trimmed. Refused:
 * control characters (a line break is fine where the field has lines), the bidi embedding,
 * override and isolate controls that can make a name or a link read backwards, lone surrogates
 * (not text at all), and text that consists of nothing but invisible characters.
 */

/** Why a text was refused; the web app shows a message per reason (`error.field.<reason>`). */
export const TEXT_PROBLEMS = ['unsafe-characters', 'invisible-only'] as const;
export type TextProblem = (typeof TEXT_PROBLEMS)[number];

// C0 and C1 controls and DEL; line feed and tab are let through by the multi-line check below.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
// A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag:
// with it, the expression would see code points and never a half of one).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Whitespace, format characters (zero-width spaces, joiners, soft hyphen, BOM), combining marks
// on their own, and the blank-looking letters that pass for a name.
const INVISIBLE = /[\s\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800\u034F]/gu;

/** What is wrong with a text, or null when it is acceptable. Exported for the token's name. */
export function textProblem(
  text: string,
  options: { multiline?: boolean } = {},
): TextProblem | null {
  if (new RegExp(LONE_SURROGATE.source).test(text)) return 'unsafe-characters';
  if ((options.multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(text)) return 'unsafe-characters';
  if (BIDI_CONTROLS.test(text)) return 'unsafe-characters';
  if (text.length > 0 && text.replace(INVISIBLE, '').length === 0) return 'invisible-only';
  return null;
}

const MESSAGES: Record<TextProblem, string> = {
  'unsafe-characters': 'Contains control or direction characters that cannot be shown safely',
  'invisible-only': 'Contains only invisible characters',
};

/**
 * A text field of the HTTP contract: NFC, trimmed, `min..max` characters, and clean in the sense
 * above. `multiline` lets line breaks and tabs through (a story's body, a comment); Windows line
 * ends become `\n` so that lengths and paragraphs are counted the same on every device.
 */
export function plainText(options: { min?: number; max: number; multiline?: boolean }) {
  const base = z.string().normalize('NFC');
  const lines = options.multiline ? base.overwrite((s) => s.replace(/\r\n?/g, '\n')) : base;
  return lines
    .trim()
    .min(options.min ?? 0)
    .max(options.max)
    .superRefine((text, ctx) => {
      const problem = textProblem(text, options);
      if (problem)
        ctx.addIssue({ code: 'custom', message: MESSAGES[problem], params: { problem } });
    });
}

/**
 * A name from a token, made safe to show: NFC, controls and bidi characters removed, at most
 * `max` characters. Names arrive from the identity provider, so they are cleaned, not refused.
 */
export function cleanName(name: string, max = 80): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu, '')
    .replace(LONE_SURROGATE, '')
    .trim();
  return [...cleaned].slice(0, max).join('');
}
