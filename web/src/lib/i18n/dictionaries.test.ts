import { describe, expect, it } from 'vitest';
import {
  CONTENT_WARNINGS,
  LANGUAGES,
  LICENSES,
  PLACE_PRECISIONS,
  STORY_STATUSES,
  THEMES,
} from '../../../../shared/vocabulary';
import { de } from './de';
import { en } from './en';

const dictionaries = { de, en } as const;
const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the i18n dictionaries', () => {
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
