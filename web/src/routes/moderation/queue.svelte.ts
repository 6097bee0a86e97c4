import type { QueueEntry, QueueKind } from '$shared';
import { getQueue } from '$lib/api/moderation';
import { PagedList } from '$lib/paged-list.svelte';

export const QUEUE_KINDS: readonly QueueKind[] = ['stories', 'comments', 'reports'];
export const isQueueKind = (value: string): value is QueueKind =>
  (QUEUE_KINDS as readonly string[]).includes(value);

/** An item's address inside its queue: the story id, or "storyId/commentId" for a comment. */
export const itemKey = (item: QueueEntry): string =>
  item.commentId ? `${item.storyId}/${item.commentId}` : item.storyId;

/** The item view's path, `/moderation/{kind}/{storyId}[/{commentId}]`. */
export const itemHref = (kind: QueueKind, key: string): string =>
  `/moderation/${kind}/${key.split('/').map(encodeURIComponent).join('/')}`;

/** The workspace with one queue's tab open. */
export const queueHref = (kind: QueueKind): string =>
  kind === 'stories' ? '/moderation' : `/moderation?queue=${kind}`;

/**
 * One moderation queue as loaded so far, oldest first. Kept for the whole visit so that the item
 * view can step to the next and previous item (j/k) without asking the server again.
 */
class Queue extends PagedList<QueueEntry> {
  private pending: Promise<boolean> | null = null;

  constructor(readonly kind: QueueKind) {
    super((cursor) => getQueue(kind, cursor), { keyOf: itemKey });
  }

  /** Loads the first page again, replacing what was there. */
  override load(): Promise<boolean> {
    this.pending = super.load();
    return this.pending;
  }

  /** The item with this key, loading the queue (page by page) as far as needed. */
  async find(key: string): Promise<QueueEntry | undefined> {
    let fresh = this.status !== 'ready';
    if (this.status === 'idle' || this.status === 'failed') await this.load();
    else if (this.status === 'loading') await this.pending;
    for (;;) {
      if (this.status === 'failed') throw this.error;
      const found = this.items.find((item) => itemKey(item) === key);
      if (found) return found;
      if (this.nextCursor) await this.loadMore();
      else if (fresh) return undefined;
      else {
        // Loaded earlier in the visit: the item may have arrived since. Look once more.
        fresh = true;
        await this.load();
      }
    }
  }

  indexOf(key: string): number {
    return this.items.findIndex((item) => itemKey(item) === key);
  }

  /** Takes a decided item out of the list. */
  remove(key: string): void {
    this.items = this.items.filter((item) => itemKey(item) !== key);
  }
}

export const queues: Record<QueueKind, Queue> = {
  stories: new Queue('stories'),
  comments: new Queue('comments'),
  reports: new Queue('reports'),
};

/** A message for the next page to announce, such as the outcome of the decision just taken. */
class Flash {
  message = $state('');
  /** Returns the message once and forgets it. */
  take(): string {
    const message = this.message;
    this.message = '';
    return message;
  }
}
export const flash = new Flash();
