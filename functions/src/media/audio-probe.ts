import type { AudioType } from '../../../shared/schemas/media';
import { isMpegAudioFrame } from './magic-bytes';

/*
 * A recording's duration, read from its container in plain TypeScript: no ffmpeg, which a Lambda
 * does not have (DESIGN §9: audio is checked for type and duration, then kept without its tags,
 * ./audio-metadata). Each reader answers `undefined` for a file it cannot make sense of, which
 * is then "unreadable".
 */

export function audioDuration(type: AudioType, bytes: Uint8Array): number | undefined {
  try {
    const seconds = READERS[type](bytes, viewOf(bytes));
    return seconds !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
  } catch (error) {
    // A truncated or malformed file reads past its end: that is an unreadable file, nothing more.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

const READERS: Record<AudioType, (bytes: Uint8Array, view: DataView) => number | undefined> = {
  'audio/wav': wavDuration,
  'audio/mpeg': mp3Duration,
  'audio/mp4': mp4Duration,
  'audio/webm': webmDuration,
};

const viewOf = (bytes: Uint8Array) =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
export const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

/** WAV: the format chunk's byte rate, which its duration is measured by. */
export function wavByteRate(bytes: Uint8Array): number | undefined {
  const view = viewOf(bytes);
  for (let at = 12; at + 24 <= bytes.length;) {
    const size = view.getUint32(at + 4, true);
    if (ascii(bytes, at, 4) === 'fmt ') return view.getUint32(at + 16, true);
    at += 8 + size + (size % 2);
  }
  return undefined;
}

/** WAV: the data chunk's size over the format chunk's byte rate. */
function wavDuration(bytes: Uint8Array, view: DataView): number | undefined {
  let byteRate: number | undefined;
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = ascii(bytes, at, 4);
    const size = view.getUint32(at + 4, true);
    if (id === 'fmt ') byteRate = view.getUint32(at + 16, true);
    if (id === 'data') {
      if (!byteRate) return undefined;
      // A recorder that was cut off, or one that streams, leaves a size larger than the file.
      return Math.min(size, bytes.length - at - 8) / byteRate;
    }
    at += 8 + size + (size % 2); // chunks are padded to an even length
  }
  return undefined;
}

// MPEG audio: kbit/s by [version 1 or 2/2.5][layer I, II, III][index], samples by rate index.
const BITRATES = {
  1: [
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  2: [
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
};
const SAMPLE_RATES: Record<number, number[]> = {
  0b11: [44100, 48000, 32000], // MPEG 1
  0b10: [22050, 24000, 16000], // MPEG 2
  0b00: [11025, 12000, 8000], // MPEG 2.5
};

export type MpegFrame = { length: number; samples: number; sampleRate: number; sideInfo: number };

export function mpegFrame(bytes: Uint8Array, at: number): MpegFrame | undefined {
  if (!isMpegAudioFrame(bytes, at)) return undefined;
  const version = (bytes[at + 1]! >> 3) & 0b11;
  const layer = 4 - ((bytes[at + 1]! >> 1) & 0b11); // 1, 2 or 3
  const bitrate = BITRATES[version === 0b11 ? 1 : 2][layer - 1]![bytes[at + 2]! >> 4]! * 1000;
  const sampleRate = SAMPLE_RATES[version]![(bytes[at + 2]! >> 2) & 0b11]!;
  const padding = (bytes[at + 2]! >> 1) & 1;
  const mono = bytes[at + 3]! >> 6 === 0b11;
  const mpeg1 = version === 0b11;
  if (layer === 1) {
    return {
      length: (Math.floor((12 * bitrate) / sampleRate) + padding) * 4,
      samples: 384,
      sampleRate,
      sideInfo: 0,
    };
  }
  const samples = layer === 3 && !mpeg1 ? 576 : 1152;
  return {
    length: Math.floor(((samples / 8) * bitrate) / sampleRate) + padding,
    samples,
    sampleRate,
    sideInfo: layer !== 3 ? 0 : mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17,
  };
}

/** MP3: the frame count of a Xing/Info or VBRI header, else every frame counted. */
function mp3Duration(bytes: Uint8Array, view: DataView): number | undefined {
  let at = 0;
  // ID3v2 tags: a 10-byte header with a syncsafe size, repeated tags allowed, a footer by flag.
  while (ascii(bytes, at, 3) === 'ID3') {
    const size =
      (bytes[at + 6]! << 21) | (bytes[at + 7]! << 14) | (bytes[at + 8]! << 7) | bytes[at + 9]!;
    at += 10 + size + (bytes[at + 5]! & 0x10 ? 10 : 0);
  }
  // Some encoders leave padding before the first frame.
  const limit = Math.min(bytes.length, at + 64 * 1024);
  while (
    at < limit &&
    !(mpegFrame(bytes, at) && mpegFrame(bytes, at + mpegFrame(bytes, at)!.length))
  )
    at++;
  const first = mpegFrame(bytes, at);
  if (!first) return undefined;

  const xing = at + 4 + first.sideInfo;
  const tag = ascii(bytes, xing, 4);
  if ((tag === 'Xing' || tag === 'Info') && view.getUint32(xing + 4) & 1) {
    return (view.getUint32(xing + 8) * first.samples) / first.sampleRate;
  }
  if (ascii(bytes, at + 36, 4) === 'VBRI') {
    return (view.getUint32(at + 36 + 14) * first.samples) / first.sampleRate;
  }
  let seconds = 0;
  for (let frame: MpegFrame | undefined = first; frame; frame = mpegFrame(bytes, at)) {
    if (frame.length < 4 || at + frame.length > bytes.length) break;
    seconds += frame.samples / frame.sampleRate;
    at += frame.length;
  }
  return seconds;
}

/** ISO-BMFF boxes in [from, to): type, where the box and its payload start, where it ends. */
export function* boxes(bytes: Uint8Array, view: DataView, from: number, to: number) {
  for (let at = from; at + 8 <= to;) {
    let size = view.getUint32(at);
    let header = 8;
    if (size === 1) {
      size = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header) return;
    yield { type: ascii(bytes, at + 4, 4), at, start: at + header, end: Math.min(at + size, to) };
    at += size;
  }
}

/** MP4/M4A: the movie header's duration over its time scale. */
function mp4Duration(bytes: Uint8Array, view: DataView): number | undefined {
  for (const moov of boxes(bytes, view, 0, bytes.length)) {
    if (moov.type !== 'moov') continue;
    for (const box of boxes(bytes, view, moov.start, moov.end)) {
      if (box.type !== 'mvhd') continue;
      const version = bytes[box.start];
      if (version === 1) {
        const scale = view.getUint32(box.start + 20);
        return scale ? Number(view.getBigUint64(box.start + 24)) / scale : undefined;
      }
      const scale = view.getUint32(box.start + 12);
      return scale ? view.getUint32(box.start + 16) / scale : undefined;
    }
  }
  return undefined;
}

// Matroska/WebM element ids (with their length marker, as written).
const EBML = {
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
  blockDuration: 0x9b,
};
/** The Segment's children: one of them ends a Cluster of unknown size. */
export const TOP_LEVEL = new Set([
  0x114d9b74, 0x1549a966, 0x1654ae6b, 0x1f43b675, 0x1c53bb6b, 0x1254c367, 0x1043a770, 0x1941a469,
]);

/** A variable-length integer at `at`: its value (the marker kept for ids), and its length. */
export function vint(bytes: Uint8Array, at: number, keepMarker: boolean) {
  const first = bytes[at];
  if (first === undefined || first === 0)
    throw new RangeError('Not an EBML variable-length integer');
  const length = Math.clz32(first) - 23; // 1 for 0b1xxxxxxx … 8 for 0b00000001
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = bytes[at + i];
    if (byte === undefined) throw new RangeError('Truncated EBML integer');
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

export type Element = { id: number; start: number; end: number; unknownSize: boolean };

export function element(bytes: Uint8Array, at: number, parentEnd: number): Element {
  const id = vint(bytes, at, true);
  const size = vint(bytes, at + id.length, false);
  const start = at + id.length + size.length;
  const end = size.unknown ? parentEnd : Math.min(start + size.value, parentEnd);
  return { id: id.value, start, end, unknownSize: size.unknown };
}

function uint(bytes: Uint8Array, from: number, to: number) {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 256 + bytes[i]!;
  return value;
}

/**
 * WebM: the Segment Info's Duration when there is one. A browser's MediaRecorder writes none (it
 * streams, and never goes back), so then the last block's time: its Cluster's Timecode plus its
 * own relative timecode (and its duration, where a BlockGroup gives one).
 */
function webmDuration(bytes: Uint8Array, view: DataView): number | undefined {
  const header = element(bytes, 0, bytes.length);
  if (header.id !== 0x1a45dfa3) return undefined;
  const segment = element(bytes, header.end, bytes.length);
  if (segment.id !== EBML.segment) return undefined;
  let scale = 1_000_000; // ns per tick, the default TimecodeScale
  let duration: number | undefined;
  let lastTick: number | undefined;
  for (let at = segment.start; at < segment.end;) {
    const child = element(bytes, at, segment.end);
    if (child.id === EBML.info) {
      for (let i = child.start; i < child.end;) {
        const field = element(bytes, i, child.end);
        if (field.id === EBML.timecodeScale) scale = uint(bytes, field.start, field.end);
        if (field.id === EBML.duration) {
          const size = field.end - field.start;
          duration = size === 4 ? view.getFloat32(field.start) : view.getFloat64(field.start);
        }
        i = field.end;
      }
      at = child.end;
    } else if (child.id === EBML.cluster) {
      const read = clusterTicks(bytes, view, child);
      if (read.lastTick !== undefined) lastTick = Math.max(lastTick ?? 0, read.lastTick);
      at = read.end;
    } else {
      at = child.end;
    }
  }
  const ticks = duration ?? lastTick;
  return ticks === undefined ? undefined : (ticks * scale) / 1e9;
}

/** The latest time a block of the cluster reaches, in ticks, and where the cluster ends. */
function clusterTicks(bytes: Uint8Array, view: DataView, cluster: Element) {
  let timecode = 0;
  let lastTick: number | undefined;
  const blockTick = (block: Element, blockDuration = 0) => {
    const track = vint(bytes, block.start, false);
    const relative = view.getInt16(block.start + track.length);
    lastTick = Math.max(lastTick ?? 0, timecode + relative + blockDuration);
  };
  let at = cluster.start;
  while (at < cluster.end) {
    // A cluster of unknown size ends where the next top-level element begins.
    if (cluster.unknownSize && TOP_LEVEL.has(vint(bytes, at, true).value)) break;
    const child = element(bytes, at, cluster.end);
    if (child.id === EBML.timecode) timecode = uint(bytes, child.start, child.end);
    if (child.id === EBML.simpleBlock) blockTick(child);
    if (child.id === EBML.blockGroup) {
      let block: Element | undefined;
      let blockDuration = 0;
      for (let i = child.start; i < child.end;) {
        const part = element(bytes, i, child.end);
        if (part.id === EBML.block) block = part;
        if (part.id === EBML.blockDuration) blockDuration = uint(bytes, part.start, part.end);
        i = part.end;
      }
      if (block) blockTick(block, blockDuration);
    }
    at = child.end;
  }
  return { lastTick, end: at };
}
