import type { ExhibitionDetail } from '$shared';
import { ApiError, NETWORK_ERROR } from '$lib/api/client';
import { getExhibitionText } from '$lib/api/curation';
import { decide, readAnswer, type KioskAnswer, type KioskView } from './kiosk-state';

const cacheKey = (id: string) => `ruhr-stories.kiosk.${id}`;
const REQUEST_TIMEOUT_MS = 10_000;

/** The offline copy: the exhibition's text and when a check last confirmed it. */
type Copy = { fetchedAt: number; text: string; exhibition: ExhibitionDetail };

function readCache(id: string): Copy | null {
  try {
    const stored = JSON.parse(localStorage.getItem(cacheKey(id)) ?? 'null') as {
      fetchedAt?: unknown;
      exhibition?: ExhibitionDetail;
    } | null;
    if (!stored?.exhibition) return null;
    // A copy saved before copies carried their time counts as expired.
    const fetchedAt = typeof stored.fetchedAt === 'number' ? stored.fetchedAt : 0;
    return { fetchedAt, text: JSON.stringify(stored.exhibition), exhibition: stored.exhibition };
  } catch {
    return null;
  }
}

function writeCache(id: string, copy: Copy | null): void {
  try {
    if (copy === null) localStorage.removeItem(cacheKey(id));
    else
      localStorage.setItem(
        cacheKey(id),
        `{"fetchedAt":${copy.fetchedAt},"exhibition":${copy.text}}`,
      );
  } catch {
    // Storage full or blocked: the copy in memory still carries the kiosk.
  }
}

/**
 * The exhibition a kiosk shows, kept alive through network trouble: the last good copy stays in
 * memory and in localStorage (so a reload while offline still shows it) for at most
 * OFFLINE_COPY_MAX_AGE_MS after the last good check, and a poll picks up changes, such as a
 * story taken out after its author withdrew consent. What to show is kiosk-state.ts's decision.
 *
 * A kiosk never sends a token, so it always sees what the public sees, and a curator's expired
 * token cannot lock it out. Only `preview` (a curator's explicit preview, which also shows
 * drafts) sends it, and keeps no copy in storage, where a gallery kiosk could find it.
 */
export class KioskSource {
  /** The exhibition on screen; null whenever `view` is not `exhibition`. */
  exhibition = $state.raw<ExhibitionDetail | null>(null);
  view = $state<KioskView>('loading');
  /** `offline`: the last check brought no content. */
  connection = $state<'connecting' | 'online' | 'offline'>('connecting');

  #id: string;
  #pollMs: number;
  #preview: boolean;
  #timer: ReturnType<typeof setInterval> | undefined;
  #inFlight = false;
  #copy: Copy | null;

  constructor(id: string, pollMs: number, options: { preview?: boolean } = {}) {
    this.#id = id;
    this.#pollMs = pollMs;
    this.#preview = options.preview ?? false;
    this.#copy = this.#preview ? null : readCache(id);
    this.#apply(null);
  }

  start(): void {
    void this.refresh();
    this.#timer = setInterval(() => void this.refresh(), this.#pollMs);
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  /** One check for changes; never throws. */
  async refresh(): Promise<void> {
    if (this.#inFlight) return;
    this.#inFlight = true;
    try {
      this.#apply(await this.#check());
    } finally {
      this.#inFlight = false;
    }
  }

  async #check(): Promise<KioskAnswer> {
    try {
      const text = await getExhibitionText(this.#id, {
        cache: 'no-store',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        anonymous: !this.#preview,
      });
      return readAnswer(this.#id, 200, text);
    } catch (caught) {
      return readAnswer(this.#id, caught instanceof ApiError ? caught.status : NETWORK_ERROR, null);
    }
  }

  #apply(answer: KioskAnswer | null): void {
    const now = Date.now();
    const { view, copy } = decide({
      answer: answer?.kind ?? null,
      copyFetchedAt: this.#copy?.fetchedAt ?? null,
      now,
      showing: this.view,
    });
    if (copy === 'save' && answer?.kind === 'content') {
      // The same text keeps the same object, so the player stays on the slide it shows.
      const same = this.#copy?.text === answer.text;
      this.#copy = {
        fetchedAt: now,
        text: answer.text,
        exhibition: same && this.#copy ? this.#copy.exhibition : answer.exhibition,
      };
    } else if (copy === 'clear') this.#copy = null;
    if (copy !== 'keep' && !this.#preview) writeCache(this.#id, this.#copy);

    this.view = view;
    this.exhibition = view === 'exhibition' ? (this.#copy?.exhibition ?? null) : null;
    if (answer) this.connection = answer.kind === 'not-content' ? 'offline' : 'online';
  }
}
