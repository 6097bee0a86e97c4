import type { AudioType } from '../../../shared/schemas/media';
import { ascii, mpegFrame } from './audio-probe';
import { stripMp4 } from './audio-metadata-mp4';
import { stripWebm } from './audio-metadata-webm';

/*
 * A recording's metadata, taken out without re-encoding (no ffmpeg in a Lambda): a phone or an
 * editor writes names, places (MP4's ©xyz), dates and the device into tags beside the sound. Each
 * format is cleaned in the way its players expect, so that the sound and every offset stay as
 * they were:
 *   MP3   ID3v2, ID3v1, APE and Lyrics3 tags, and any other bytes between frames, are removed;
 *   MP4   udta, meta and uuid boxes (and free/skip and unknown ones) become zeroed `free` boxes of
 *         the same size, and the creation times of the movie, its tracks and media are zeroed;
 *   WAV   chunks other than fmt, fact and data become zeroed `JUNK` chunks of the same size;
 *   WebM  Tags, Attachments and Chapters, the Info's Title and DateUTC and the tracks' Names
 *         become zeroed Void elements of the same size.
 * Bytes after the container's end go too. The answer is a new array; `undefined` for a file
 * whose structure cannot be followed (the caller then refuses it as unreadable).
 */

export function stripAudioMetadata(type: AudioType, bytes: Uint8Array): Uint8Array | undefined {
  try {
    return STRIPPERS[type](bytes);
  } catch (error) {
    // A malformed file reads past its end: unreadable, nothing more.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

const STRIPPERS: Record<AudioType, (bytes: Uint8Array) => Uint8Array | undefined> = {
  'audio/mpeg': stripMp3,
  'audio/mp4': stripMp4,
  'audio/wav': stripWav,
  'audio/webm': stripWebm,
};

const syncsafe = (bytes: Uint8Array, at: number) =>
  (bytes[at]! << 21) | (bytes[at + 1]! << 14) | (bytes[at + 2]! << 7) | bytes[at + 3]!;
const uint32le = (bytes: Uint8Array, at: number) =>
  (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;

/** Where the MP3's frames end: before the tags written after them (in any order, repeated). */
function mp3AudioEnd(bytes: Uint8Array): number {
  let end = bytes.length;
  for (let before = -1; before !== end;) {
    before = end;
    if (end >= 128 && ascii(bytes, end - 128, 3) === 'TAG') end -= 128; // ID3v1
    if (end >= 227 && ascii(bytes, end - 227, 4) === 'TAG+') end -= 227; // ID3v1 enhanced
    if (end >= 32 && ascii(bytes, end - 32, 8) === 'APETAGEX') {
      const size = uint32le(bytes, end - 20); // items and footer
      const hasHeader = bytes[end - 9]! & 0x80;
      end = Math.max(0, end - size - (hasHeader ? 32 : 0));
    }
    if (end >= 15 && ascii(bytes, end - 9, 9) === 'LYRICS200') {
      end = Math.max(0, end - 15 - Number(ascii(bytes, end - 15, 6)));
    }
    if (end >= 10 && ascii(bytes, end - 10, 3) === '3DI') {
      end = Math.max(0, end - 20 - syncsafe(bytes, end - 4)); // ID3v2 with a footer
    }
  }
  return end;
}

/** Whether `text` (ASCII) is at `at`: byte by byte, as this runs for every byte of junk. */
const isAt = (bytes: Uint8Array, at: number, text: string) => {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};

/** The length of a tag that starts at `at` within the frames, or 0 when none does. */
function tagLength(bytes: Uint8Array, at: number, end: number): number {
  if (at + 10 <= end && isAt(bytes, at, 'ID3')) {
    return 10 + syncsafe(bytes, at + 6) + (bytes[at + 5]! & 0x10 ? 10 : 0);
  }
  if (at + 32 <= end && isAt(bytes, at, 'APETAGEX')) {
    return 32 + uint32le(bytes, at + 12); // a header, then the items and the footer
  }
  if (at + 128 <= end && isAt(bytes, at, 'TAG')) return 128;
  return 0;
}

/** 0xFF (a frame's sync), and I, A, T (ID3, APETAGEX, TAG). */
const MAY_START = new Uint8Array(256);
for (const byte of [0xff, 0x49, 0x41, 0x54]) MAY_START[byte] = 1;

/**
 * MP3: only the audio frames are kept (the Xing/Info frame among them, which the duration
 * needs). A run of frames starts where the next frame, a tag or the end follows the first one,
 * so that bytes which merely look like a frame header (in a tag or in junk) do not start one.
 */
function stripMp3(bytes: Uint8Array): Uint8Array | undefined {
  const end = mp3AudioEnd(bytes);
  const isFrameAt = (at: number, inRun: boolean) => {
    const frame = mpegFrame(bytes, at);
    if (!frame || frame.length < 4 || at + frame.length > end) return undefined;
    if (inRun) return frame;
    const next = at + frame.length;
    const followed = next === end || mpegFrame(bytes, next) || tagLength(bytes, next, end) > 0;
    return followed ? frame : undefined;
  };
  const runs: Uint8Array[] = [];
  let runStart = -1;
  for (let at = 0; at < end;) {
    const frame = isFrameAt(at, runStart >= 0);
    if (frame) {
      if (runStart < 0) runStart = at;
      at += frame.length;
      continue;
    }
    if (runStart >= 0) runs.push(bytes.subarray(runStart, at));
    runStart = -1;
    const tag = tagLength(bytes, at, end);
    at += tag > 0 ? tag : 1;
    // Junk is passed over quickly: only a frame's sync byte or a tag's first letter can start one.
    while (at < end && !MAY_START[bytes[at]!]) at++;
  }
  if (runStart >= 0) runs.push(bytes.subarray(runStart, end));
  if (!runs.length) return undefined;
  const out = new Uint8Array(runs.reduce((sum, run) => sum + run.length, 0));
  let at = 0;
  for (const run of runs) {
    out.set(run, at);
    at += run.length;
  }
  return out;
}

/** The chunks a player needs: the format, the sample count of a compressed one, the sound. */
const WAV_KEPT = new Set(['fmt ', 'fact', 'data']);

/** WAV: every other chunk (LIST/INFO, bext, iXML, id3, cue…) becomes JUNK full of zeros. */
function stripWav(bytes: Uint8Array): Uint8Array | undefined {
  if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WAVE') return undefined;
  const declared = 8 + uint32le(bytes, 4);
  // A recorder that streams leaves the RIFF size at 0 or too large: then the file's end counts.
  const end = declared >= 12 && declared <= bytes.length ? declared : bytes.length;
  const out = bytes.slice(0, end);
  const seen = new Set<string>();
  let at = 12;
  for (; at + 8 <= end;) {
    const id = ascii(out, at, 4);
    const size = uint32le(out, at + 4);
    const payloadEnd = Math.min(at + 8 + size, end);
    seen.add(id);
    if (!WAV_KEPT.has(id)) {
      out.set([0x4a, 0x55, 0x4e, 0x4b], at); // 'JUNK'
      out.fill(0, at + 8, payloadEnd);
    }
    at += 8 + size + (size % 2);
  }
  // Fewer than a chunk header's bytes left over: not part of any chunk, so zeroed too.
  if (at < end) out.fill(0, at, end);
  return seen.has('fmt ') && seen.has('data') ? out : undefined;
}
