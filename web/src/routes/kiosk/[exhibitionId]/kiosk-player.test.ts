import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { compileModule } from 'svelte/compiler';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskPlayer as Player } from './kiosk-player.svelte';

/*
 * The kiosk's clock: when it moves on, waits for a visitor, and returns to the start, and how a
 * recording or an open transcript holds it. The unit tests run without the Svelte plugin, so the
 * rune module is compiled here as the plugin would (TypeScript stripped, then Svelte's compiler),
 * into the dependency cache beside `svelte` so that its imports resolve.
 */
let KioskPlayer: typeof Player;

beforeAll(async () => {
  const source = fileURLToPath(new URL('./kiosk-player.svelte.ts', import.meta.url));
  const js = transformSync(readFileSync(source, 'utf8'), { loader: 'ts' }).code;
  const { code } = compileModule(js, { filename: source, generate: 'client' }).js;
  const root = fileURLToPath(new URL('../../../../../', import.meta.url));
  const directory = join(root, 'node_modules', '.cache', 'kiosk-player-test');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `kiosk-player-${process.pid}.js`);
  writeFileSync(file, code);
  ({ KioskPlayer } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
    KioskPlayer: typeof Player;
  });
});

const timing = { advanceMs: 10_000, pollMs: 30_000, idleMs: 60_000 };

function player(onIdle = () => {}) {
  const kiosk = new KioskPlayer(timing, onIdle);
  kiosk.setKeys(['intro', 'a', 'b']);
  kiosk.start();
  return kiosk;
}

describe('the kiosk slideshow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('moves on by itself, and waits for a visitor after a touch until they leave', () => {
    const onIdle = vi.fn();
    const kiosk = player(onIdle);
    vi.advanceTimersByTime(10_000);
    expect(kiosk.index).toBe(1);
    kiosk.interact();
    vi.advanceTimersByTime(59_000);
    expect(kiosk.index).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect([kiosk.index, kiosk.held, onIdle.mock.calls.length]).toEqual([0, false, 1]);
    vi.advanceTimersByTime(10_000);
    expect(kiosk.index).toBe(1);
    kiosk.stop();
  });

  it('neither moves on nor returns to the start while a recording plays', () => {
    const kiosk = player();
    kiosk.next();
    kiosk.interact();
    kiosk.hold('recording', true);
    vi.advanceTimersByTime(5 * 60_000);
    // A touch while listening (scrolling the transcript) does not start the wait either.
    kiosk.interact();
    vi.advanceTimersByTime(5 * 60_000);
    expect([kiosk.index, kiosk.held]).toEqual([1, true]);
    // After the recording the visitor has the usual minute before the kiosk starts over.
    kiosk.hold('recording', false);
    vi.advanceTimersByTime(59_000);
    expect(kiosk.index).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(kiosk.index).toBe(0);
    kiosk.stop();
  });

  it('does not move on while a recording plays even when the visitor resumes the slideshow', () => {
    const kiosk = player();
    kiosk.interact();
    kiosk.hold('recording', true);
    kiosk.togglePause();
    expect(kiosk.held).toBe(false);
    vi.advanceTimersByTime(5 * 60_000);
    expect(kiosk.index).toBe(0);
    kiosk.hold('recording', false);
    vi.advanceTimersByTime(10_000);
    expect(kiosk.index).toBe(1);
    kiosk.stop();
  });

  it('does not move on while a transcript is open, but still starts over for the next visitor', () => {
    const kiosk = player();
    kiosk.next();
    kiosk.interact();
    kiosk.hold('transcript', true);
    kiosk.togglePause();
    vi.advanceTimersByTime(30_000);
    expect(kiosk.index).toBe(1);
    kiosk.hold('transcript', false);
    vi.advanceTimersByTime(10_000);
    expect(kiosk.index).toBe(2);

    kiosk.interact();
    kiosk.hold('transcript', true);
    vi.advanceTimersByTime(60_000);
    expect(kiosk.index).toBe(0);
    kiosk.stop();
  });

  it('ignores the end of a hold that never began', () => {
    const kiosk = player();
    kiosk.hold('recording', false);
    vi.advanceTimersByTime(10_000);
    expect(kiosk.index).toBe(1);
    kiosk.stop();
  });
});
