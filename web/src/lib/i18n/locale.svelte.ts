import { de, en, type MessageKey } from './dictionaries';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Params = Record<string, string | number>;

const KEY = 'ruhr-stories.locale';
const dictionaries = { de, en } as const;

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
let current = $state<Locale>(isLocale(stored) ? stored : 'de');

const applyToDocument = (locale: Locale) => {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
};
applyToDocument(current);

/** The current interface language; German unless the visitor chose English. */
export const getLocale = (): Locale => current;

/** The tag for `Intl` formatting: British English matches the site's spelling ("licence"). */
export const intlLocale = (): string => (current === 'en' ? 'en-GB' : 'de-DE');

/** Switches the interface language, remembers it and updates `<html lang>`. */
export function setLocale(locale: Locale): void {
  current = locale;
  if (typeof localStorage !== 'undefined') localStorage.setItem(KEY, locale);
  applyToDocument(locale);
}

/**
 * The message for `key` in the current language, with `{name}` placeholders filled from `params`.
 * Reactive: templates that call it re-render when the language changes.
 */
export function t(key: MessageKey, params?: Params): string {
  const message = dictionaries[current][key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** Keys that come as a `.one` / `.other` pair, named without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? Base : never;
}[MessageKey];

/** The plural form of `key` for `count` (CLDR rules), with `{count}` formatted for the locale. */
export function tn(key: PluralKey, count: number, params?: Params): string {
  const form = new Intl.PluralRules(intlLocale()).select(count) === 'one' ? 'one' : 'other';
  const formatted = new Intl.NumberFormat(intlLocale()).format(count);
  return t(`${key}.${form}` as MessageKey, { ...params, count: formatted });
}

/** Whether a computed key exists, for labels of values the server may extend (flags, decisions). */
export const hasMessage = (key: string): key is MessageKey => key in de;
