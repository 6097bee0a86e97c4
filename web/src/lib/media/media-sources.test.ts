import { describe, expect, it } from 'vitest';
import type { ImageVariant } from '$shared/schemas/media';
import {
  clock,
  isoDuration,
  paragraphsOf,
  photosOf,
  recordingOf,
  srcset,
  widest,
} from './media-sources';

const variants = (widths: number[]): ImageVariant[] =>
  widths.flatMap((width, i) => [
    { width, type: 'image/webp' as const, url: `/media/p/${[480, 960, 1600][i]}.webp` },
    { width, type: 'image/jpeg' as const, url: `/media/p/${[480, 960, 1600][i]}.jpg` },
  ]);

describe('the sources of a photo', () => {
  it('lists each width once per type, narrowest first', () => {
    expect(srcset(variants([480, 960, 1600]), 'image/webp')).toBe(
      '/media/p/480.webp 480w, /media/p/960.webp 960w, /media/p/1600.webp 1600w',
    );
    expect(srcset(variants([480, 960, 1600]), 'image/jpeg', 960)).toBe(
      '/media/p/480.jpg 480w, /media/p/960.jpg 960w',
    );
  });

  it('gives a photo narrower than 480 px one file, not three of the same width', () => {
    expect(srcset(variants([400, 400, 400]), 'image/jpeg')).toBe('/media/p/480.jpg 400w');
    expect(widest(variants([400, 400, 400]), 'image/webp', 1600)?.url).toBe('/media/p/480.webp');
  });

  it('takes the widest file up to a limit for the light-box and the card', () => {
    expect(widest(variants([480, 960, 1600]), 'image/jpeg')?.width).toBe(1600);
    expect(widest(variants([480, 960, 1200]), 'image/jpeg', 1600)?.width).toBe(1200);
    expect(widest(variants([480, 960, 1600]), 'image/jpeg', 480)?.url).toBe('/media/p/480.jpg');
  });
});

describe('durations and transcripts', () => {
  it('shows a duration as a clock does, and as ISO 8601 for the machine', () => {
    expect(clock(42.4)).toBe('0:42');
    expect(clock(185)).toBe('3:05');
    expect(clock(3729)).toBe('1:02:09');
    expect(isoDuration(185)).toBe('PT3M5S');
    expect(isoDuration(3600)).toBe('PT1H');
    expect(isoDuration(0)).toBe('PT0S');
  });

  it('splits a transcript into paragraphs at blank lines', () => {
    expect(paragraphsOf('Erst.\nNoch erst.\n\n  Dann.  \n\n\n')).toEqual([
      'Erst.\nNoch erst.',
      'Dann.',
    ]);
    expect(paragraphsOf(undefined)).toEqual([]);
  });

  it('keeps photos and the recording apart', () => {
    const media = [
      {
        id: 'a',
        kind: 'audio' as const,
        contentType: 'audio/wav' as const,
        durationSeconds: 3,
        url: '/a',
      },
      { id: 'p', kind: 'image' as const, alt: 'Zeche', width: 10, height: 10, variants: [] },
    ];
    expect(photosOf(media).map((m) => m.id)).toEqual(['p']);
    expect(recordingOf(media)?.id).toBe('a');
    expect(recordingOf([])).toBeUndefined();
  });
});
