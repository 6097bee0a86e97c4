import { formatList, intlLocale, t } from '$lib/i18n';

const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
] as const;

const longUnit = (unit: (typeof UNITS)[number][0], value: number) =>
  new Intl.NumberFormat(intlLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);

/**
 * A duration in its two largest units: `short` to show ("2 h 15 min", "2 Std. 15 Min."),
 * `long` for screen readers ("2 hours and 15 minutes").
 */
export function formatDuration(seconds: number): { short: string; long: string } {
  if (seconds < 60) return { short: t('mod.duration.underMinute'), long: t('age.underMinute') };
  let rest = Math.round(seconds);
  const parts: { unit: (typeof UNITS)[number][0]; value: number }[] = [];
  for (const [unit, size] of UNITS) {
    const value = Math.floor(rest / size);
    rest -= value * size;
    if (value > 0 || parts.length > 0) parts.push({ unit, value });
  }
  const shown = parts.slice(0, 2).filter((part, index) => index === 0 || part.value > 0);
  return {
    short: shown.map(({ unit, value }) => t(`mod.duration.${unit}`, { count: value })).join(' '),
    long: formatList(shown.map(({ unit, value }) => longUnit(unit, value))),
  };
}

/** A moment like "3. Mai 2026, 14:05" / "3 May 2026, 14:05". */
export const formatDateTime = (iso: string): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
};
