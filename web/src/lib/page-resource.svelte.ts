import { isStatus } from './errors';

export type ResourceStatus = 'loading' | 'ready' | 'missing' | 'failed';

/**
 * The one thing a page shows, loaded by id: the newest request wins (an answer to an older one,
 * after the id or the sign-in changed, is dropped), and a 404 is "missing" rather than a failure.
 */
export class PageResource<T> {
  value = $state<T | null>(null);
  status = $state<ResourceStatus>('loading');
  error = $state<unknown>(null);
  #latest = 0;
  readonly #fetch: (id: string) => Promise<T>;

  constructor(fetch: (id: string) => Promise<T>) {
    this.#fetch = fetch;
  }

  async load(id: string): Promise<void> {
    const request = ++this.#latest;
    this.status = 'loading';
    try {
      const loaded = await this.#fetch(id);
      if (request !== this.#latest) return;
      this.value = loaded;
      this.status = 'ready';
    } catch (caught) {
      if (request !== this.#latest) return;
      this.error = caught;
      this.status = isStatus(caught, 404) ? 'missing' : 'failed';
    }
  }
}
