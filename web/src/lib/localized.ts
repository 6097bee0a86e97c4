import type { Localized } from '$shared';
import { getLocale } from './i18n';

/**
 * The museum's text in the interface language: English when the visitor reads English and the
 * curators wrote an English version, German otherwise. `lang` says which one it is, so screen
 * readers pronounce it right. Null for a missing or empty text.
 */
export function localized(
  text: Localized | null | undefined,
): { text: string; lang: 'de' | 'en' } | null {
  if (!text) return null;
  const english = text.en?.trim();
  if (getLocale() === 'en' && english) return { text: english, lang: 'en' };
  const german = text.de?.trim();
  if (german) return { text: german, lang: 'de' };
  return english ? { text: english, lang: 'en' } : null;
}

/** A Localized value from two form fields: the English one only when filled in. */
export function fromFields(de: string, en: string): Localized {
  const english = en.trim();
  return english ? { de: de.trim(), en: english } : { de: de.trim() };
}
