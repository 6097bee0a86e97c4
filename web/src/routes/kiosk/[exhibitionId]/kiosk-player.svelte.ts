import { untrack } from 'svelte';
import type { KioskTiming } from './kiosk-timing';

/**
 * What keeps a slide up past its time: a recording playing (a visitor is listening, so the kiosk
 * neither moves on nor returns to the start until it stops), an open transcript (being read: no
 * advance, but the usual return to the start after `idleMs` without a touch).
 */
export type KioskHold = 'recording' | 'transcript';

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
  #holds = new Set<KioskHold>();

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
    this.#waitForIdle();
  }

  /**
   * Something on the slide starts or stops needing time (see KioskHold). Only a visitor starts
   * one (a recording never plays by itself), so the kiosk is already waiting for them; when the
   * last hold ends it goes on as before: waiting, or advancing if the visitor chose to resume.
   */
  hold(reason: KioskHold, on: boolean): void {
    if (on) {
      this.#holds.add(reason);
      clearTimeout(this.#advanceTimer);
      if (reason === 'recording') clearTimeout(this.#idleTimer);
      return;
    }
    if (!this.#holds.delete(reason)) return;
    // Listening was being there: the wait for the next touch starts when the recording stops.
    if (reason === 'recording' && this.held) this.#waitForIdle();
    this.#schedule();
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

  #waitForIdle(): void {
    clearTimeout(this.#idleTimer);
    if (this.#holds.has('recording')) return;
    this.#idleTimer = setTimeout(() => this.reset(), this.#timing.idleMs);
  }

  #schedule(): void {
    clearTimeout(this.#advanceTimer);
    if (this.held || this.#holds.size > 0 || this.#timing.advanceMs <= 0) return;
    this.#advanceTimer = setTimeout(() => this.#go(this.index + 1), this.#timing.advanceMs);
  }
}
