import { intlLocale, t } from './i18n';

/** A calendar day such as "2026-12-01" as "1. Dezember 2026" / "1 December 2026" (no time zone shift). */
export function formatDay(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** When an exhibition is open: "1. Dezember 2026 – 31. März 2027", "ab …", "bis …", or null. */
export function formatOpening(opensAt?: string | null, closesAt?: string | null): string | null {
  if (opensAt && closesAt)
    return t('exhibition.dates.range', { from: formatDay(opensAt), to: formatDay(closesAt) });
  if (opensAt) return t('exhibition.dates.from', { from: formatDay(opensAt) });
  if (closesAt) return t('exhibition.dates.until', { to: formatDay(closesAt) });
  return null;
}

/** Whether an exhibition closed before today (date-only comparison). */
export function hasClosed(closesAt: string | null | undefined, now = new Date()): boolean {
  return Boolean(closesAt) && (closesAt as string).slice(0, 10) < now.toISOString().slice(0, 10);
}

/** Whether an exhibition has opened by today (no opening date: open since it was published). */
export function hasOpened(opensAt: string | null | undefined, now = new Date()): boolean {
  return !opensAt || opensAt.slice(0, 10) <= now.toISOString().slice(0, 10);
}
