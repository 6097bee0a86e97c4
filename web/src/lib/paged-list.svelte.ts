import type { Page } from '$shared';
import { tick } from 'svelte';

export type ListStatus = 'idle' | 'loading' | 'ready' | 'failed';

type Options<T> = {
  /** Drops items of a further page that are already in the list (an item may move meanwhile). */
  keyOf?: (item: T) => string;
  /** `loading` for lists that load as soon as they are shown, so no empty list flashes first. */
  initial?: ListStatus;
};

/**
 * A list read a page at a time (`{ items, nextCursor }`): the first page replaces what was there
 * (the newest request wins), further pages append. Pages show `status` and `error`, and decide
 * themselves how to announce and focus what arrived.
 */
export class PagedList<T> {
  items = $state<T[]>([]);
  nextCursor = $state<string | null>(null);
  status = $state<ListStatus>('idle');
  error = $state<unknown>(null);
  /** The state of "load more" through `loadMoreAndFocus`, for its button, notice and status line. */
  loadingMore = $state(false);
  moreError = $state<unknown>(null);
  announcement = $state('');
  #latest = 0;
  readonly #fetchPage: (cursor: string | null) => Promise<Page<T>>;
  readonly #keyOf: ((item: T) => string) | undefined;

  constructor(fetchPage: (cursor: string | null) => Promise<Page<T>>, options: Options<T> = {}) {
    this.#fetchPage = fetchPage;
    this.#keyOf = options.keyOf;
    this.status = options.initial ?? 'idle';
  }

  /** Starts from a page the caller already has, such as the comments that came with a story. */
  show(page: Page<T>): this {
    this.items = page.items;
    this.nextCursor = page.nextCursor;
    this.status = 'ready';
    return this;
  }

  /** Loads the first page; answers false when a newer load overtook this one. Never throws. */
  async load(): Promise<boolean> {
    const request = ++this.#latest;
    this.status = 'loading';
    try {
      const page = await this.#fetchPage(null);
      if (request !== this.#latest) return false;
      this.show(page);
    } catch (caught) {
      if (request !== this.#latest) return false;
      this.error = caught;
      this.status = 'failed';
    }
    return true;
  }

  /** Appends the next page; answers how many new items arrived. Throws when the request fails. */
  async loadMore(): Promise<number> {
    if (!this.nextCursor) return 0;
    const page = await this.#fetchPage(this.nextCursor);
    const keyOf = this.#keyOf;
    const known = keyOf ? new Set(this.items.map(keyOf)) : null;
    const fresh = known ? page.items.filter((item) => !known.has(keyOf!(item))) : page.items;
    this.items = [...this.items, ...fresh];
    this.nextCursor = page.nextCursor;
    return fresh.length;
  }

  /**
   * "Load more" as every list's button does it: appends the next page, announces how many arrived
   * (`announce(count)` into `announcement`, for a status line) and moves focus to the first new
   * row of `list` (its `:scope > li`), so keyboard and screen-reader users go on where the new
   * items begin. A failure lands in `moreError`; never throws.
   */
  async loadMoreAndFocus(list: HTMLElement | undefined, announce: (count: number) => string) {
    const firstNew = this.items.length;
    this.loadingMore = true;
    this.moreError = null;
    this.announcement = '';
    try {
      this.announcement = announce(await this.loadMore());
      await tick();
      list?.querySelectorAll<HTMLElement>(':scope > li')[firstNew]?.focus();
    } catch (caught) {
      this.moreError = caught;
    } finally {
      this.loadingMore = false;
    }
  }
}
