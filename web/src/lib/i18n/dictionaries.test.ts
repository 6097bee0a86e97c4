import { describe, expect, it } from 'vitest';
import {
  CONTENT_WARNINGS,
  LANGUAGES,
  LICENSES,
  PLACE_PRECISIONS,
  STORY_STATUSES,
  THEMES,
} from '../../../../shared/vocabulary';
import { de, en, parts } from './dictionaries';

const dictionaries = { de, en } as const;
const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the i18n dictionaries', () => {
  // Parts are merged into one object per language; a key in two parts would silently lose a text.
  it.each(Object.entries(parts))('define each key in one part only in %s', (_, languageParts) => {
    const partsOf = new Map<string, string[]>();
    for (const [name, part] of Object.entries(languageParts)) {
      for (const key of Object.keys(part)) partsOf.set(key, [...(partsOf.get(key) ?? []), name]);
    }
    const twice = [...partsOf].filter(([, names]) => names.length > 1);
    expect(twice).toEqual([]);
  });

  it.each(Object.entries(parts))('hold every key of the parts of %s', (language, languageParts) => {
    const keys = Object.values(languageParts).flatMap((part) => Object.keys(part));
    const dictionary = language === 'de' ? de : en;
    expect(Object.keys(dictionary).sort()).toEqual(keys.sort());
  });

  it('split German and English into the same parts with the same keys', () => {
    const keysByPart = (languageParts: Record<string, Record<string, string>>) =>
      Object.fromEntries(
        Object.entries(languageParts).map(([name, part]) => [name, Object.keys(part).sort()]),
      );
    expect(keysByPart(parts.en)).toEqual(keysByPart(parts.de));
  });

  it('have the same keys in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it.each(Object.entries(dictionaries))('has no empty message in %s', (_, dictionary) => {
    const empty = Object.entries(dictionary).filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differing = Object.keys(de).filter((key) => {
      const k = key as keyof typeof de;
      return placeholders(de[k]).join() !== placeholders(en[k]).join();
    });
    expect(differing).toEqual([]);
  });

  it('pair every plural ".one" with an ".other"', () => {
    const unpaired = Object.keys(de)
      .filter((key) => key.endsWith('.one'))
      .filter((key) => !(key.replace(/\.one$/, '.other') in de));
    expect(unpaired).toEqual([]);
  });

  it('label every value of the shared vocabularies', () => {
    const needed = [
      ...THEMES.map((v) => `theme.${v}`),
      ...LANGUAGES.map((v) => `language.${v}`),
      ...LICENSES.flatMap((v) => [`license.${v}`, `license.${v}.explanation`]),
      ...PLACE_PRECISIONS.flatMap((v) => [`precision.${v}`, `precision.${v}.explanation`]),
      ...CONTENT_WARNINGS.map((v) => `warning.${v}`),
      ...STORY_STATUSES.map((v) => `status.${v}`),
    ];
    expect(needed.filter((key) => !(key in de))).toEqual([]);
  });
});
