import type {
  ContentWarning,
  Language,
  License,
  Period,
  PlacePrecision,
  StoryStatus,
  Theme,
} from '$shared';
import { hasMessage, intlLocale, t } from './locale.svelte';

/** A date like "3. Mai 2026" / "3 May 2026". */
export const formatDate = (iso: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long' }).format(date);
};

/** "A, B und C" / "A, B and C". */
export const formatList = (items: string[]): string =>
  new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(items);

/** Content warnings as a list inside a sentence: "accident or disaster and death". */
export const formatWarnings = (warnings: readonly ContentWarning[]): string =>
  formatList(warnings.map((value) => t(`warning.${value}.inText`)));

/** How long something has waited, in the largest sensible unit: "3 Stunden" / "3 hours". */
export function formatAge(seconds: number): string {
  if (seconds < 60) return t('age.underMinute');
  const units = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ] as const;
  const [unit, size] = units.find(([, size]) => seconds >= size) ?? units[2];
  return new Intl.NumberFormat(intlLocale(), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(Math.floor(seconds / size));
}

/** A story's period: "1960–1973", "ab 1960", "Mitte der 60er (1960–1973)". */
export function formatPeriod(period: Period | undefined): string | null {
  if (!period) return null;
  const { from, to, label } = period;
  let years: string | null = null;
  if (from !== undefined && to !== undefined) years = from === to ? `${from}` : `${from}–${to}`;
  else if (from !== undefined) years = t('period.since', { year: from });
  else if (to !== undefined) years = t('period.until', { year: to });
  if (label && years) return t('period.labelWithYears', { label, years });
  return label ?? years;
}

/** Labels for the closed vocabularies of the contract (DESIGN §2). */
export const label = {
  theme: (value: Theme) => t(`theme.${value}`),
  language: (value: Language) => t(`language.${value}`),
  license: (value: License) => t(`license.${value}`),
  licenseExplanation: (value: License) => t(`license.${value}.explanation`),
  precision: (value: PlacePrecision) => t(`precision.${value}`),
  /** How precisely a story's public place is shown, inside its coordinates line. */
  precisionInText: (value: PlacePrecision) => t(`story.precision.${value}`),
  precisionExplanation: (value: PlacePrecision) => t(`precision.${value}.explanation`),
  warning: (value: ContentWarning) => t(`warning.${value}`),
  status: (value: StoryStatus) => t(`status.${value}`),
  /** Decisions and pre-screen flags are open strings in the contract: unknown ones show as sent. */
  decision: (value: string) => {
    const key = `decision.${value}`;
    return hasMessage(key) ? t(key) : value;
  },
  flag: (value: string) => {
    const key = `flag.${value}`;
    return hasMessage(key) ? t(key) : value;
  },
};

/** The BCP 47 tag for a story's language, or undefined for "other" (no `lang` to claim). */
export const langAttribute = (value: Language): string | undefined =>
  value === 'other' ? undefined : value;

/** A date with its time, like "30. November 2026 um 18:05" / "30 November 2026 at 18:05". */
export const formatDateTime = (iso: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(
    date,
  );
};
