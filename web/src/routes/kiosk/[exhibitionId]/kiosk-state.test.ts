import { describe, expect, it } from 'vitest';
import {
  decide,
  isFresh,
  OFFLINE_COPY_MAX_AGE_MS,
  readAnswer,
  type KioskView,
} from './kiosk-state';

const HOUR = 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 20, 12);
const exhibition = JSON.stringify({ id: 'e1', title: { de: 'Schicht' }, items: [] });

describe('reading a kiosk check', () => {
  it('takes only the exhibition it asked for as content', () => {
    expect(readAnswer('e1', 200, exhibition)).toMatchObject({
      kind: 'content',
      text: exhibition,
      exhibition: { id: 'e1' },
    });
  });

  it('reads a 404 as the exhibition being gone', () => {
    expect(readAnswer('e1', 404, null)).toEqual({ kind: 'gone' });
  });

  it.each([
    ['a 401 for a stale token', 401, null],
    ['a 403', 403, null],
    ['a 429', 429, null],
    ['a 500', 500, null],
    ['a 503 from a proxy', 503, '<html>Service Unavailable</html>'],
    ['no answer at all', 0, null],
    ['a proxy’s HTML page with 200', 200, '<!doctype html><title>Login</title>'],
    ['other JSON with 200', 200, '{"message":"Not Found"}'],
    ['another exhibition', 200, JSON.stringify({ id: 'e2', items: [] })],
  ])('treats %s as no content', (_, status, body) => {
    expect(readAnswer('e1', status, body)).toEqual({ kind: 'not-content' });
  });
});

describe('what the kiosk shows', () => {
  const at = (hoursAgo: number) => NOW - hoursAgo * HOUR;
  const after = (
    answer: 'content' | 'gone' | 'not-content' | null,
    copyFetchedAt: number | null,
    showing: KioskView = 'exhibition',
  ) => decide({ answer, copyFetchedAt, now: NOW, showing });

  it('keeps its copy for 24 hours after the last successful check', () => {
    expect(OFFLINE_COPY_MAX_AGE_MS).toBe(24 * HOUR);
    expect(isFresh(at(24), NOW)).toBe(true);
    expect(isFresh(at(24) - 1, NOW)).toBe(false);
  });

  it('shows and saves new content, however old its copy was', () => {
    expect(after('content', null)).toEqual({ view: 'exhibition', copy: 'save' });
    expect(after('content', at(72), 'back-soon')).toEqual({ view: 'exhibition', copy: 'save' });
    expect(after('content', at(1), 'gone')).toEqual({ view: 'exhibition', copy: 'save' });
  });

  it('clears its copy and says so when the exhibition is gone', () => {
    expect(after('gone', at(1))).toEqual({ view: 'gone', copy: 'clear' });
    expect(after('gone', null, 'loading')).toEqual({ view: 'gone', copy: 'clear' });
  });

  it('goes on showing a copy younger than the maximum age when the answer is not content', () => {
    expect(after('not-content', at(23))).toEqual({ view: 'exhibition', copy: 'keep' });
  });

  it('shows "back soon" and drops a copy older than the maximum age', () => {
    expect(after('not-content', at(25))).toEqual({ view: 'back-soon', copy: 'clear' });
  });

  it('shows "back soon" when there is no copy and no content', () => {
    expect(after('not-content', null, 'loading')).toEqual({ view: 'back-soon', copy: 'keep' });
  });

  it('stays on the end screen of a gone exhibition through network trouble', () => {
    expect(after('not-content', null, 'gone')).toEqual({ view: 'gone', copy: 'keep' });
  });

  it('shows a fresh copy at once at start, and waits for the first answer otherwise', () => {
    expect(after(null, at(2), 'loading')).toEqual({ view: 'exhibition', copy: 'keep' });
    expect(after(null, at(30), 'loading')).toEqual({ view: 'loading', copy: 'clear' });
    expect(after(null, null, 'loading')).toEqual({ view: 'loading', copy: 'keep' });
  });

  it('counts a clock set back by more than the maximum age as expired', () => {
    expect(after('not-content', NOW + 25 * HOUR)).toEqual({ view: 'back-soon', copy: 'clear' });
    expect(after('not-content', NOW + 2 * HOUR)).toEqual({ view: 'exhibition', copy: 'keep' });
  });
});
