import type { ExhibitionDetail } from '$shared';
import { ApiError } from '$lib/api/client';
import { getExhibitionText } from '$lib/api/curation';

const cacheKey = (id: string) => `ruhr-stories.kiosk.${id}`;
const REQUEST_TIMEOUT_MS = 10_000;

function readCache(id: string): ExhibitionDetail | null {
  try {
    return JSON.parse(localStorage.getItem(cacheKey(id)) ?? 'null') as ExhibitionDetail | null;
  } catch {
    return null;
  }
}

function writeCache(id: string, text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(cacheKey(id));
    else localStorage.setItem(cacheKey(id), text);
  } catch {
    // Storage full or blocked: the copy in memory still carries the kiosk.
  }
}

/**
 * The exhibition a kiosk shows, kept alive through network trouble: the last good copy stays in
 * memory and in localStorage (so a reload while offline still shows it), and a poll picks up
 * changes, such as a story taken out after its author withdrew consent. Only a 404 (unpublished)
 * clears it: the kiosk must then stop showing the exhibition.
 */
export class KioskSource {
  exhibition = $state<ExhibitionDetail | null>(null);
  /** `offline`: the last check failed and the kiosk shows its saved copy. */
  connection = $state<'connecting' | 'online' | 'offline'>('connecting');
  /** The exhibition is no longer public. */
  gone = $state(false);

  #id: string;
  #pollMs: number;
  #timer: ReturnType<typeof setInterval> | undefined;
  #inFlight = false;
  #lastText: string | null = null;

  constructor(id: string, pollMs: number) {
    this.#id = id;
    this.#pollMs = pollMs;
    this.exhibition = readCache(id);
    this.#lastText = this.exhibition ? JSON.stringify(this.exhibition) : null;
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
      // Through the client core: a curator's token also shows drafts (preview), and a 404
      // (unpublished) arrives as a problem like any other.
      const text = await getExhibitionText(this.#id, {
        cache: 'no-store',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      JSON.parse(text); // a proxy's error page must not replace good content
      if (text !== this.#lastText) {
        this.#lastText = text;
        this.exhibition = JSON.parse(text) as ExhibitionDetail;
        writeCache(this.#id, text);
      }
      this.gone = false;
      this.connection = 'online';
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) return this.#clear();
      this.connection = 'offline';
    } finally {
      this.#inFlight = false;
    }
  }

  #clear(): void {
    this.exhibition = null;
    this.#lastText = null;
    this.gone = true;
    this.connection = 'online';
    writeCache(this.#id, null);
  }
}
