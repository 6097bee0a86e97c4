import { formatDate, t } from './i18n';

/**
 * A call's last open day: `closesAt` is the moment it stops taking answers (the curators' form
 * sets the midnight after the last day), so the day shown is the one just before that moment.
 */
export const lastOpenDay = (closesAt: string) => new Date(Date.parse(closesAt) - 1).toISOString();

/** When a call takes answers: "1. Mai 2026 bis 31. Mai 2026", or "ab 1. Mai 2026". */
export function formatCallPeriod(opensAt: string, closesAt?: string | null): string {
  const from = formatDate(opensAt);
  if (!closesAt) return t('call.period.from', { from });
  return t('call.period.range', { from, to: formatDate(lastOpenDay(closesAt)) });
}

/** A day from a date input (`2026-05-01`, the curator's local day) as the instant it starts. */
export const startOfDay = (day: string) => new Date(`${day}T00:00:00`).toISOString();

/** The instant after a local day ends: a call "open until 31 May" closes at midnight after it. */
export function endOfDay(day: string): string {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + 1);
  return date.toISOString();
}

/** An instant as the local day a date input shows (`2026-05-01`). */
export function toDayInput(iso: string | undefined, { closing = false } = {}): string {
  if (!iso) return '';
  const date = new Date(closing ? Date.parse(iso) - 1 : iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
