/**
 * The kiosk's timings, in seconds in the address for testing and demos:
 * `/kiosk/<id>?advance=25&poll=30&idle=60`.
 * - `advance`: seconds each slide stays before the next one (0 turns automatic advance off);
 * - `poll`: seconds between checks for changes to the exhibition (a removed story goes within one);
 * - `idle`: seconds after the last touch before the kiosk returns to the start and advances again.
 */
export type KioskTiming = { advanceMs: number; pollMs: number; idleMs: number };

export const DEFAULT_TIMING = { advance: 25, poll: 30, idle: 60 } as const;

function seconds(raw: string | null, fallback: number, min: number, max: number): number {
  const value = raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value)) return fallback * 1000;
  if (value === 0 && min === 0) return 0;
  return Math.round(Math.min(max, Math.max(min, value)) * 1000);
}

/** Reads the timings from the query string, falling back to the defaults for missing or bad values. */
export function kioskTiming(params: URLSearchParams): KioskTiming {
  return {
    advanceMs: seconds(params.get('advance'), DEFAULT_TIMING.advance, 0, 600),
    pollMs: seconds(params.get('poll'), DEFAULT_TIMING.poll, 1, 600),
    idleMs: seconds(params.get('idle'), DEFAULT_TIMING.idle, 5, 3600),
  };
}
