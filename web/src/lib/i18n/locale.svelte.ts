import { de, en, type MessageKey } from './dictionaries';
import { pickLocale, type Locale } from './pick-locale';

export { LOCALES, type Locale } from './pick-locale';
export type Params = Record<string, string | number>;

const KEY = 'ruhr-stories.locale';
const dictionaries = { de, en } as const;

/** The remembered choice, else the browser's language (first visit), else German. */
function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? []);
  return pickLocale(stored, preferred);
}

const applyToDocument = (locale: Locale) => {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
};

// The start value is applied to <html lang> from the plain value, not by reading the state back.
const initial = initialLocale();
let current = $state<Locale>(initial);
applyToDocument(initial);

/** The current interface language (see initialLocale). */
export const getLocale = (): Locale => current;

/** The tag for `Intl` formatting: British English matches the site's spelling ("licence"). */
export const intlLocale = (): string => (current === 'en' ? 'en-GB' : 'de-DE');

/** Switches the interface language, remembers it (it then wins over the browser's) and updates `<html lang>`. */
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
