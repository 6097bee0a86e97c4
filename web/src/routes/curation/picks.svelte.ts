import type { Localized, MuseumPick, Page } from '$shared';
import { listPicks, pickStory, unpickStory } from '$lib/api/curation';

/** The museum's current picks, shared by the workspace's list and its story finder. */
export class PicksStore {
  items = $state<MuseumPick[]>([]);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  error = $state<unknown>(null);

  readonly ids = $derived(new Set(this.items.map((pick) => pick.id)));

  async load(): Promise<void> {
    this.status = 'loading';
    try {
      const items: MuseumPick[] = [];
      let cursor: string | null = null;
      // The picks are a short list; read them all so the finder knows every picked story.
      do {
        const page: Page<MuseumPick> = await listPicks(cursor);
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor && items.length < 500);
      this.items = items;
      this.status = 'ready';
    } catch (caught) {
      this.error = caught;
      this.status = 'failed';
    }
  }

  noteOf(storyId: string): Localized | undefined {
    return this.items.find((pick) => pick.id === storyId)?.note;
  }

  /** Picks a story or changes its note, then reloads the list (newest first). */
  async pick(storyId: string, note?: Localized): Promise<void> {
    await pickStory(storyId, note);
    await this.load();
  }

  async unpick(storyId: string): Promise<void> {
    await unpickStory(storyId);
    this.items = this.items.filter((pick) => pick.id !== storyId);
  }
}
