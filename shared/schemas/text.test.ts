import { describe, expect, it } from 'vitest';
import { CommentInputSchema, ReportInputSchema } from './comment';
import { ExhibitionInputSchema } from './curation';
import { NoteInputSchema, StoryDecisionInputSchema } from './moderation';
import { StoryInputSchema } from './story';
import { cleanName, plainText, textProblem } from './text';

/** The text problems a failed parse names (custom issues carry them in `params`). */
const problemsOf = (result: { error?: { issues: unknown[] } }) =>
  (result.error?.issues ?? []).map(
    (issue) => (issue as { params?: { problem?: string } }).params?.problem,
  );

const title = plainText({ min: 3, max: 120 });
const body = plainText({ min: 1, max: 2000, multiline: true });

describe('plainText', () => {
  it('normalises to NFC, so that a decomposed umlaut counts and compares as one character', () => {
    const decomposed = 'Zeche Gu\u0308ter';
    const parsed = title.parse(decomposed);
    expect(parsed).toBe('Zeche Güter');
    expect(parsed).toHaveLength(11);
  });

  it('trims and keeps line breaks in multi-line fields, with Windows line ends made plain', () => {
    expect(body.parse('  Erste Zeile\r\nZweite\tZeile  ')).toBe('Erste Zeile\nZweite\tZeile');
  });

  it.each([
    ['a line break in a single-line field', 'Zeche\nHannover'],
    ['a NUL character', 'Zeche\u0000Hannover'],
    ['an escape character', 'Zeche \u001b[31mrot'],
    ['a C1 control', 'Zeche\u0085Hannover'],
    ['a right-to-left override', 'Zeche \u202Efdp.exe'],
    ['a left-to-right embedding', 'Zeche \u202AHannover'],
    ['a first-strong isolate', 'Zeche \u2068Hannover\u2069'],
    ['a lone high surrogate', 'Zeche \uD83D Hannover'],
    ['a lone low surrogate', 'Zeche \uDE00 Hannover'],
  ])('refuses %s', (_, text) => {
    const result = title.safeParse(text);
    expect(result.success).toBe(false);
    expect(problemsOf(result)).toEqual(['unsafe-characters']);
  });

  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B\u200B'],
    ['a Hangul filler', '\u3164\u3164\u3164'],
    ['soft hyphens and a word joiner', '\u00AD\u00AD\u2060'],
    ['combining marks alone', '\u0301\u0301\u0301'],
  ])('refuses text that is only %s', (_, text) => {
    const result = title.safeParse(text);
    expect(result.success).toBe(false);
    expect(problemsOf(result)).toContain('invisible-only');
  });

  it('accepts real text in every script of the Ruhr, emoji with joiners included', () => {
    for (const text of [
      'Glück auf, Kumpel',
      'Kömür ocağında ilk gün',
      'Pierwszy dzień w kopalni',
      'Il primo giorno in miniera',
      'Η πρώτη μέρα στο ορυχείο',
      '광산에서의 첫날',
      'Familie 👨‍👩‍👧 in Hordel',
    ]) {
      expect(title.safeParse(text).success, text).toBe(true);
    }
  });
});

describe('every text field of the contract is clean', () => {
  const override = 'Schicht \u202E im Pütt';
  const story = {
    title: 'Die letzte Schicht',
    body: 'Am letzten Tag fuhren wir noch einmal ein, alle zusammen.',
    language: 'de',
    themes: ['colliery'],
    attribution: 'name',
    consent: {
      online: true,
      exhibition: false,
      research: false,
      license: 'CC-BY-4.0',
      termsVersion: '2026-11',
    },
  };

  it.each([
    ['story title', StoryInputSchema, { ...story, title: override }],
    ['story body', StoryInputSchema, { ...story, body: `${story.body}${override}` }],
    ['place name', StoryInputSchema, { ...story, place: { name: override, precision: 'city' } }],
    ['period label', StoryInputSchema, { ...story, period: { label: override } }],
    ['comment', CommentInputSchema, { body: override }],
    ['report note', ReportInputSchema, { reason: 'other', note: override }],
    ['decision reason', StoryDecisionInputSchema, { decision: 'reject', reason: override }],
    ['moderator note', NoteInputSchema, { body: override }],
    ['exhibition title', ExhibitionInputSchema, { title: { de: override }, intro: { de: 'x' } }],
    [
      'exhibition venue',
      ExhibitionInputSchema,
      { title: { de: 'x' }, intro: { de: 'x' }, venue: override },
    ],
  ])('refuses direction overrides in the %s', (_, schema, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });
});

describe('textProblem and cleanName', () => {
  it('tells the problem, or null for clean text', () => {
    expect(textProblem('Zeche Zollverein')).toBeNull();
    expect(textProblem('a\nb', { multiline: true })).toBeNull();
    expect(textProblem('a\nb')).toBe('unsafe-characters');
  });

  it('cleans a token name of controls and bidi characters and caps its length', () => {
    expect(cleanName('Anna\u202E Brinkmann\u0000')).toBe('Anna Brinkmann');
    expect(cleanName('x'.repeat(500))).toHaveLength(80);
    expect(cleanName('😀'.repeat(100))).toBe('😀'.repeat(80));
  });
});
