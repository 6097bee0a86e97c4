/**
 * Drafts of the story form, kept in the browser so a reload or a closed tab loses nothing.
 * Each is keyed by the signed-in person's `sub`, so two people sharing one computer never see
 * each other's drafts, and by what is being written: a new story, or an edit of one story.
 */

const PREFIX = 'ruhr-stories.draft';

/** What a draft is of: the new-story form, or the edit form of one story. */
export type DraftScope = { kind: 'new' } | { kind: 'edit'; storyId: string };

/** A stored draft: the form's fields as `StoryForm.snapshot()` gives them, and when it was saved. */
export type StoredDraft<Fields> = { savedAt: string; fields: Fields };

/** The storage key of one person's draft of one form. */
export const draftKey = (sub: string, scope: DraftScope): string =>
  scope.kind === 'new' ? `${PREFIX}.${sub}.new` : `${PREFIX}.${sub}.edit.${scope.storyId}`;

/** The part of `Storage` drafts need (localStorage in the app, a map in tests). */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Saves a draft; a full or forbidden storage only loses the draft, never the form. */
export function saveDraft<Fields>(
  store: DraftStore,
  key: string,
  fields: Fields,
  now = new Date(),
): void {
  try {
    store.setItem(key, JSON.stringify({ savedAt: now.toISOString(), fields }));
  } catch {
    // Private mode or a full quota: the form still works, only without a draft.
  }
}

/** The stored draft, or null when there is none or it cannot be read (then it is removed). */
export function loadDraft<Fields extends object>(
  store: DraftStore,
  key: string,
): StoredDraft<Fields> | null {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const draft = JSON.parse(raw) as Partial<StoredDraft<Fields>>;
    const savedAt = typeof draft.savedAt === 'string' ? new Date(draft.savedAt) : null;
    if (
      savedAt &&
      !Number.isNaN(savedAt.getTime()) &&
      draft.fields &&
      typeof draft.fields === 'object'
    )
      return { savedAt: draft.savedAt as string, fields: draft.fields };
  } catch {
    // Not JSON: fall through and drop it.
  }
  removeDraft(store, key);
  return null;
}

export function removeDraft(store: DraftStore, key: string): void {
  try {
    store.removeItem(key);
  } catch {
    // Nothing to do: storage is not available.
  }
}

/**
 * Removes every draft of one person (after they erased their account, DESIGN §7): their story
 * texts stay in this browser otherwise, for whoever uses it next. Keys are collected first, since
 * removing while walking `localStorage` shifts its indexes.
 */
export function forgetDrafts(
  store: Pick<Storage, 'length' | 'key' | 'removeItem'>,
  sub: string,
): void {
  const prefix = `${PREFIX}.${sub}.`;
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // Storage is not available: there are no drafts to forget.
  }
}

/**
 * Calls `save` once changes have paused for `delay` ms; `flush` saves a pending change at once
 * (before the page goes away) and `cancel` drops it (after the story was sent).
 */
export function debounced(save: () => void, delay: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        save();
      }, delay);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      save();
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
