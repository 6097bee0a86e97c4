/** The interface languages, German first: the site's own language and the default. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/**
 * The language to show: the visitor's remembered choice if there is one, else the first of the
 * browser's preferred languages (`navigator.languages`, "en-GB" counts as "en") that the site
 * speaks, else German.
 */
export function pickLocale(remembered: string | null, preferred: readonly string[]): Locale {
  if (isLocale(remembered)) return remembered;
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  return 'de';
}
