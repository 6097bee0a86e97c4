import { describe, expect, it } from 'vitest';
import { audioDuration } from './audio-probe';
import { sniffAudio, sniffImage } from './magic-bytes';

/* Containers built byte by byte, for the cases the fixtures in test/fixtures/media do not cover. */

const bytes = (...parts: (number[] | Uint8Array | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : [...p])),
  );
const u32be = (n: number) => [n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u32le = (n: number) => u32be(n).reverse();

/** An EBML element with a 1-byte size (or the unknown size, 8 bytes of all ones). */
const ebml = (id: number[], body: Uint8Array | number[] | 'unknown', rest: number[] = []) =>
  body === 'unknown'
    ? bytes(id, [0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], rest)
    : bytes(id, [0x80 | body.length], [...body]);
const simpleBlock = (relative: number) =>
  ebml([0xa3], [0x81, relative >> 8, relative & 0xff, 0x80, 1, 2]);

describe('audioDuration: WebM as a browser streams it', () => {
  const header = ebml([0x1a, 0x45, 0xdf, 0xa3], ebml([0x42, 0x82], bytes('webm')));

  it('reads clusters of unknown size, each ended by the next, to the last block', () => {
    const cluster = (timecode: number, ...blocks: Uint8Array[]) =>
      bytes(
        [0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
        ebml([0xe7], [timecode >> 8, timecode & 0xff]),
        ...blocks,
      );
    const file = bytes(
      header,
      [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
      ebml([0x15, 0x49, 0xa9, 0x66], ebml([0x2a, 0xd7, 0xb1], [0x0f, 0x42, 0x40])),
      cluster(0, simpleBlock(0), simpleBlock(20), simpleBlock(40)),
      cluster(5000, simpleBlock(0), simpleBlock(1980)),
      cluster(
        7000,
        ebml([0xa0], bytes(ebml([0xa1], [0x81, 0, 100, 0x80, 9]), ebml([0x9b], [0, 20]))),
      ),
    );
    expect(sniffAudio(file)).toBe('audio/webm');
    // 7000 + 100 + the BlockGroup's own 20 ms.
    expect(audioDuration('audio/webm', file)).toBeCloseTo(7.12, 5);
  });

  it('answers undefined for a file cut off in its header', () => {
    expect(audioDuration('audio/webm', header.subarray(0, 6))).toBeUndefined();
  });
});

describe('audioDuration: the other containers', () => {
  it('reads an MP4 movie header of version 1 (64-bit durations)', () => {
    const mvhd = bytes(
      u32be(8 + 4 + 28),
      'mvhd',
      [1, 0, 0, 0],
      new Array(16).fill(0),
      u32be(1000),
      [0, 0, 0, 0],
      u32be(90_500),
    );
    const file = bytes(
      u32be(16),
      'ftypM4A ',
      u32be(0),
      u32be(8),
      'mdat',
      u32be(8 + mvhd.length),
      'moov',
      mvhd,
    );
    expect(sniffAudio(file)).toBe('audio/mp4');
    expect(audioDuration('audio/mp4', file)).toBeCloseTo(90.5, 5);
  });

  it('skips a WAV’s odd-sized chunk (padded to even) before its data', () => {
    const fmt = bytes('fmt ', u32le(16), [1, 0, 1, 0], u32le(8000), u32le(16000), [2, 0, 16, 0]);
    const file = bytes(
      'RIFF',
      u32le(0),
      'WAVE',
      fmt,
      'LIST',
      u32le(3),
      'abc',
      [0],
      'data',
      u32le(32000),
      new Array(32000).fill(0),
    );
    expect(audioDuration('audio/wav', file)).toBeCloseTo(2, 5);
    // A data chunk that claims more than the file holds counts what is there.
    expect(audioDuration('audio/wav', file.subarray(0, file.length - 16000))).toBeCloseTo(1, 5);
  });

  it('answers undefined where there is nothing to measure', () => {
    expect(audioDuration('audio/wav', bytes('RIFF', u32le(4), 'WAVE'))).toBeUndefined();
    expect(audioDuration('audio/mp4', bytes(u32be(16), 'ftypM4A ', u32be(0)))).toBeUndefined();
    expect(audioDuration('audio/mpeg', bytes('ID3', [4, 0, 0, 0, 0, 0, 0]))).toBeUndefined();
  });
});

describe('magic bytes', () => {
  it('tells the photo types apart, HEIC by its brands', () => {
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe1]))).toBe('image/jpeg');
    expect(sniffImage(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffImage(bytes('RIFF', u32le(100), 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffImage(bytes(u32be(24), 'ftypheic', u32be(0), 'mif1heic'))).toBe('image/heic');
    expect(sniffImage(bytes(u32be(24), 'ftypmif1', u32be(0), 'mif1heic'))).toBe('image/heic');
    // AVIF shares the generic brand, and is not a HEIC; nor is a recording.
    expect(sniffImage(bytes(u32be(24), 'ftypmif1', u32be(0), 'mif1avif'))).toBeUndefined();
    expect(sniffImage(bytes(u32be(20), 'ftypM4A ', u32be(0), 'isom'))).toBeUndefined();
    expect(sniffImage(bytes('GIF89a'))).toBeUndefined();
  });

  it('tells the recording types apart, and an ADTS AAC stream from an MP3 frame', () => {
    expect(sniffAudio(bytes('RIFF', u32le(100), 'WAVEfmt '))).toBe('audio/wav');
    expect(sniffAudio(bytes('ID3', [4, 0]))).toBe('audio/mpeg');
    expect(sniffAudio(bytes([0xff, 0xfb, 0x90, 0x64]))).toBe('audio/mpeg');
    expect(sniffAudio(bytes([0xff, 0xf1, 0x50, 0x80]))).toBeUndefined();
    expect(sniffAudio(bytes(u32be(24), 'ftypheic', u32be(0), 'mif1heic'))).toBeUndefined();
    expect(sniffAudio(bytes('OggS'))).toBeUndefined();
  });
});
