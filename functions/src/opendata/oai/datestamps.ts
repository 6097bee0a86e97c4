/**
 * The protocol's dates (OAI-PMH 2.0 §3.3): `from` and `until` at day (`YYYY-MM-DD`) or second
 * (`YYYY-MM-DDThh:mm:ssZ`) granularity, both the same. What the repository stores is to the
 * second, so a day means its first second for `from` and its last for `until`.
 */
export type Granularity = 'day' | 'second';
export type ParsedDate = { granularity: Granularity; from: string; until: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** A valid date of either granularity, as the first and last datestamp it covers; or null. */
export function parseProtocolDate(value: string): ParsedDate | null {
  const day = DAY.exec(value);
  const second = day ? null : SECOND.exec(value);
  const parts = day ?? second;
  if (!parts) return null;
  const [year, month, date, hours = '00', minutes = '00', seconds = '00'] = parts.slice(1);
  const at = new Date(`${year}-${month}-${date}T${hours}:${minutes}:${seconds}Z`);
  // Rejects 2026-02-30 and 25:00:00, which Date would roll over.
  if (
    Number.isNaN(at.getTime()) ||
    at.toISOString().slice(0, 19) !== `${year}-${month}-${date}T${hours}:${minutes}:${seconds}`
  )
    return null;
  if (day) {
    return {
      granularity: 'day',
      from: `${value}T00:00:00Z`,
      until: `${value}T23:59:59Z`,
    };
  }
  return { granularity: 'second', from: value, until: value };
}

/** The protocol's granularity as Identify names it. */
export const SECOND_GRANULARITY = 'YYYY-MM-DDThh:mm:ssZ';

/** A response date: now, to the second, UTC. */
export const responseDateOf = (now: Date) => `${now.toISOString().slice(0, 19)}Z`;
