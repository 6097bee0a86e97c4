import { describe, expect, it } from 'vitest';
import { kioskTiming } from './kiosk-timing';

const timing = (query: string) => kioskTiming(new URLSearchParams(query));

describe('the kiosk timings from the address', () => {
  it('defaults to 25 s per slide, a check every 30 s and a return to the start after a minute', () => {
    expect(timing('')).toEqual({ advanceMs: 25_000, pollMs: 30_000, idleMs: 60_000 });
  });

  it('takes seconds from the query string for tests and demos', () => {
    expect(timing('advance=2&poll=2&idle=5')).toEqual({
      advanceMs: 2_000,
      pollMs: 2_000,
      idleMs: 5_000,
    });
  });

  it('turns automatic advance off with advance=0', () => {
    expect(timing('advance=0').advanceMs).toBe(0);
  });

  it('keeps values within sensible bounds and ignores what is not a number', () => {
    expect(timing('poll=0&idle=1&advance=99999')).toEqual({
      advanceMs: 600_000,
      pollMs: 1_000,
      idleMs: 5_000,
    });
    expect(timing('advance=soon&poll=&idle=NaN')).toEqual({
      advanceMs: 25_000,
      pollMs: 30_000,
      idleMs: 60_000,
    });
  });
});
