import { untrack } from 'svelte';
import type { KioskTiming } from './kiosk-timing';

/**
 * Which slide a kiosk shows and when it moves on. Slides advance on their own until a visitor
 * touches the screen; then the kiosk waits for them, and after `idleMs` without a touch it returns
 * to the first slide and advances again (calling `onIdle`, e.g. to switch back to German).
 * Slides are identified by key, so a change to the exhibition keeps the visitor's place.
 */
export class KioskPlayer {
  keys = $state<string[]>([]);
  index = $state(0);
  /** Waiting for a visitor: a touch, or the pause button. */
  held = $state(false);
  /** The visitor chose to read past the current story's content note. */
  revealed = $state(false);

  readonly current = $derived(this.keys[this.index] ?? null);

  #timing: KioskTiming;
  #onIdle: () => void;
  #advanceTimer: ReturnType<typeof setTimeout> | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(timing: KioskTiming, onIdle: () => void = () => {}) {
    this.#timing = timing;
    this.#onIdle = onIdle;
  }

  /** Takes the exhibition's current slides; if the shown one is gone, the next one takes its place. */
  setKeys(keys: string[]): void {
    untrack(() => {
      const shown = this.current;
      this.keys = keys;
      const at = shown === null ? -1 : keys.indexOf(shown);
      if (at >= 0) {
        this.index = at;
        return;
      }
      this.index = this.index < keys.length ? this.index : 0;
      this.revealed = false;
      this.#schedule();
    });
  }

  next(): void {
    this.#go(this.index + 1);
  }

  previous(): void {
    this.#go(this.index - 1);
  }

  goTo(index: number): void {
    this.#go(index);
  }

  /** A visitor touched the screen: stop advancing and wait for them. */
  interact(): void {
    this.held = true;
    clearTimeout(this.#advanceTimer);
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.reset(), this.#timing.idleMs);
  }

  /** The pause button: pauses, or resumes advancing at once. */
  togglePause(): void {
    if (!this.held) return this.interact();
    this.held = false;
    clearTimeout(this.#idleTimer);
    this.#schedule();
  }

  reveal(): void {
    this.revealed = true;
  }

  /** Back to the first slide, advancing again: the state a new visitor should find. */
  reset(): void {
    clearTimeout(this.#idleTimer);
    this.held = false;
    this.index = 0;
    this.revealed = false;
    this.#onIdle();
    this.#schedule();
  }

  start(): void {
    this.#schedule();
  }

  stop(): void {
    clearTimeout(this.#advanceTimer);
    clearTimeout(this.#idleTimer);
  }

  #go(index: number): void {
    const count = this.keys.length;
    if (count === 0) return;
    this.index = ((index % count) + count) % count;
    this.revealed = false;
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#advanceTimer);
    if (this.held || this.#timing.advanceMs <= 0) return;
    this.#advanceTimer = setTimeout(() => this.#go(this.index + 1), this.#timing.advanceMs);
  }
}
