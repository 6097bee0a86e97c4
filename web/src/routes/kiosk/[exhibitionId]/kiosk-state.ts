import type { ExhibitionDetail } from '$shared';

/**
 * What a gallery kiosk shows, decided from its offline copy's age and the latest check's answer
 * (docs/kiosk.md "Network trouble"). Pure, so every case is tested without a browser.
 */

/**
 * How long after the last successful check the kiosk may still show its offline copy. Longer, and
 * it may be showing stories whose authors have since withdrawn them: it shows "back soon" instead.
 */
export const OFFLINE_COPY_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** A check's answer: the exhibition, word that it is gone (a 404), or anything else. */
export type KioskAnswer =
  | { kind: 'content'; text: string; exhibition: ExhibitionDetail }
  | { kind: 'gone' }
  | { kind: 'not-content' };

/** What the screen shows. `loading`: no answer yet and no copy fresh enough to show. */
export type KioskView = 'loading' | 'exhibition' | 'back-soon' | 'gone';

/** What happens to the offline copy: replaced by the answer, kept, or dropped. */
export type CopyAction = 'save' | 'keep' | 'clear';

const looksLikeExhibition = (value: unknown, id: string): value is ExhibitionDetail =>
  typeof value === 'object' &&
  value !== null &&
  (value as ExhibitionDetail).id === id &&
  Array.isArray((value as ExhibitionDetail).items);

/**
 * Reads one check of exhibition `id`: its HTTP status (0 when nothing came back at all) and, for
 * a 2xx, the body. Only the exhibition itself is content, and only a 404 says it is gone; a 401,
 * 403, 429 or 5xx, a proxy's HTML page or a network error is neither.
 */
export function readAnswer(id: string, status: number, body: string | null): KioskAnswer {
  if (status === 404) return { kind: 'gone' };
  if (status < 200 || status > 299 || body === null) return { kind: 'not-content' };
  try {
    const exhibition: unknown = JSON.parse(body);
    return looksLikeExhibition(exhibition, id)
      ? { kind: 'content', text: body, exhibition }
      : { kind: 'not-content' };
  } catch {
    return { kind: 'not-content' };
  }
}

/**
 * Whether a copy fetched at `fetchedAt` may still be shown at `now`. A clock set back by more than
 * the maximum age counts as expired too, so a wrong clock cannot keep a copy alive forever.
 */
export const isFresh = (fetchedAt: number, now: number): boolean =>
  Math.abs(now - fetchedAt) <= OFFLINE_COPY_MAX_AGE_MS;

/**
 * The screen and the copy after a check (`answer`), or at start before any (`answer` null).
 * `copyFetchedAt` is when the offline copy was last confirmed (null: there is none); `showing` is
 * the current view, so an exhibition that is gone stays gone through network trouble.
 */
export function decide(input: {
  answer: KioskAnswer['kind'] | null;
  copyFetchedAt: number | null;
  now: number;
  showing: KioskView;
}): { view: KioskView; copy: CopyAction } {
  const { answer, copyFetchedAt, now, showing } = input;
  if (answer === 'content') return { view: 'exhibition', copy: 'save' };
  if (answer === 'gone') return { view: 'gone', copy: 'clear' };
  if (copyFetchedAt !== null && isFresh(copyFetchedAt, now))
    return { view: 'exhibition', copy: 'keep' };
  // An expired copy can never be shown again: nothing of it stays on the screen's disk.
  const copy: CopyAction = copyFetchedAt === null ? 'keep' : 'clear';
  if (answer === null) return { view: 'loading', copy };
  return { view: showing === 'gone' ? 'gone' : 'back-soon', copy };
}
