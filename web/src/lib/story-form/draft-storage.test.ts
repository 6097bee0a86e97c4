import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  debounced,
  draftKey,
  forgetDrafts,
  loadDraft,
  removeDraft,
  saveDraft,
  type DraftStore,
} from './draft-storage';

/** An in-memory Storage with the same string-only contract as localStorage. */
const memoryStore = (): DraftStore & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
};

describe('draftKey', () => {
  it('keeps two people and two forms apart', () => {
    const keys = [
      draftKey('anna', { kind: 'new' }),
      draftKey('ben', { kind: 'new' }),
      draftKey('anna', { kind: 'edit', storyId: 's1' }),
      draftKey('anna', { kind: 'edit', storyId: 's2' }),
    ];
    expect(new Set(keys).size).toBe(4);
  });
});

describe('saving and loading a draft', () => {
  it('gives back what was saved, with the time it was saved', () => {
    const store = memoryStore();
    const key = draftKey('anna', { kind: 'new' });
    saveDraft(store, key, { title: 'Die letzte Schicht' }, new Date('2026-11-30T18:05:00Z'));
    expect(loadDraft(store, key)).toEqual({
      savedAt: '2026-11-30T18:05:00.000Z',
      fields: { title: 'Die letzte Schicht' },
    });
  });

  it('has nothing for another person', () => {
    const store = memoryStore();
    saveDraft(store, draftKey('anna', { kind: 'new' }), { title: 'Annas' });
    expect(loadDraft(store, draftKey('ben', { kind: 'new' }))).toBeNull();
  });

  it('drops a draft it cannot read', () => {
    const store = memoryStore();
    const key = draftKey('anna', { kind: 'new' });
    for (const broken of ['{not json', '{"fields":{}}', '{"savedAt":"gestern","fields":{}}']) {
      store.setItem(key, broken);
      expect(loadDraft(store, key)).toBeNull();
      expect(store.items.has(key)).toBe(false);
    }
  });

  it('is gone once removed', () => {
    const store = memoryStore();
    const key = draftKey('anna', { kind: 'edit', storyId: 's1' });
    saveDraft(store, key, { title: 'x' });
    removeDraft(store, key);
    expect(loadDraft(store, key)).toBeNull();
  });

  it('survives a storage that refuses to save', () => {
    const store = {
      ...memoryStore(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveDraft(store, 'k', { title: 'x' })).not.toThrow();
  });
});

describe('debounced', () => {
  afterEach(() => vi.useRealTimers());

  it('saves once after changes pause, at once on flush, never after cancel', () => {
    vi.useFakeTimers();
    const save = vi.fn();
    const saver = debounced(save, 500);
    saver.schedule();
    vi.advanceTimersByTime(300);
    saver.schedule();
    vi.advanceTimersByTime(300);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(save).toHaveBeenCalledTimes(1);

    saver.schedule();
    saver.flush();
    expect(save).toHaveBeenCalledTimes(2);
    saver.flush();
    expect(save).toHaveBeenCalledTimes(2);

    saver.schedule();
    saver.cancel();
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(2);
  });
});

describe('forgetDrafts', () => {
  it("removes every draft of one person, and nobody else's or anything else", () => {
    const store = memoryStore();
    const keys = [
      draftKey('anna', { kind: 'new' }),
      draftKey('anna', { kind: 'edit', storyId: 's1' }),
      draftKey('anna', { kind: 'edit', storyId: 's2' }),
      draftKey('annabel', { kind: 'new' }),
      draftKey('ben', { kind: 'new' }),
      'ruhr-stories.locale',
    ];
    for (const key of keys) saveDraft(store, key, { title: key });
    const storage = {
      ...store,
      get length() {
        return store.items.size;
      },
      key: (index: number) => [...store.items.keys()][index] ?? null,
    };
    forgetDrafts(storage, 'anna');
    expect([...store.items.keys()]).toEqual(keys.slice(3));
  });
});
