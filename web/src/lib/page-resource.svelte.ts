import { isStatus } from './errors';

export type ResourceStatus = 'loading' | 'ready' | 'missing' | 'failed';

/**
 * The one thing a page shows, loaded by id: the newest request wins (an answer to an older one,
 * after the id or the sign-in changed, is dropped), and a 404 (or a fetch that finds nothing and
 * answers null) is "missing" rather than a failure.
 */
export class PageResource<T> {
  value = $state<T | null>(null);
  status = $state<ResourceStatus>('loading');
  error = $state<unknown>(null);
  #latest = 0;
  readonly #fetch: (id: string) => Promise<T | null>;

  constructor(fetch: (id: string) => Promise<T | null>) {
    this.#fetch = fetch;
  }

  /**
   * Loads the thing with this id. `quiet` keeps showing what is there until the answer arrives
   * (a reload after a change) instead of going back to "loading". Answers false when a newer
   * request overtook this one and its answer was dropped.
   */
  async load(id: string, { quiet = false } = {}): Promise<boolean> {
    const request = ++this.#latest;
    if (!quiet) this.status = 'loading';
    try {
      const loaded = await this.#fetch(id);
      if (request !== this.#latest) return false;
      this.value = loaded;
      this.status = loaded === null ? 'missing' : 'ready';
    } catch (caught) {
      if (request !== this.#latest) return false;
      this.error = caught;
      this.status = isStatus(caught, 404) ? 'missing' : 'failed';
    }
    return true;
  }
}
