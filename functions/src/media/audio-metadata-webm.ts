import { element, TOP_LEVEL, vint, type Element } from './audio-probe';

/*
 * WebM/Matroska metadata (./audio-metadata): the Tags (artist, title, anything a muxer or an
 * editor puts there), attached files, chapters, the Info's Title and DateUTC, and each track's
 * Name, each turned into a Void element of the same length with zeros inside, so that the
 * SeekHead's and the Cues' positions stay right.
 */

const ID = {
  ebml: 0x1a45dfa3,
  segment: 0x18538067,
  info: 0x1549a966,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  cluster: 0x1f43b675,
  crc32: 0xbf,
  void: 0xec,
};
/** Segment children that are metadata as a whole: Tags, Attachments, Chapters. */
const VOIDED_IN_SEGMENT = new Set([0x1254c367, 0x1941a469, 0x1043a770]);
/** Info: Title and DateUTC (MuxingApp and WritingApp are required and name software only). */
const VOIDED_IN_INFO = new Set([0x7ba9, 0x4461]);
/** TrackEntry: Name. */
const VOIDED_IN_TRACK = new Set([0x536e]);

export function stripWebm(bytes: Uint8Array): Uint8Array | undefined {
  const out = bytes.slice();
  const header = element(out, 0, out.length);
  if (header.id !== ID.ebml) return undefined;
  const segmentAt = header.end;
  const segment = element(out, segmentAt, out.length);
  if (segment.id !== ID.segment) return undefined;
  for (let at = segment.start; at < segment.end;) {
    const child = element(out, at, segment.end);
    if (child.id === ID.cluster) {
      at = child.unknownSize ? clusterEnd(out, child) : child.end;
      continue;
    }
    // Only a Segment and a Cluster may leave their size open (a live recorder's way).
    if (child.unknownSize) return undefined;
    if (VOIDED_IN_SEGMENT.has(child.id)) voidElement(out, at, child.end);
    else if (child.id === ID.info) voidChildren(out, child, VOIDED_IN_INFO);
    else if (child.id === ID.tracks) {
      for (let i = child.start; i < child.end;) {
        const entry = element(out, i, child.end);
        if (entry.id === ID.trackEntry) voidChildren(out, entry, VOIDED_IN_TRACK);
        i = entry.end;
      }
    }
    at = child.end;
  }
  // Bytes after a Segment of known size belong to no element: they go.
  return segment.unknownSize ? out : out.subarray(0, segment.end);
}

/** A Cluster of unknown size ends where the next top-level element begins. */
function clusterEnd(out: Uint8Array, cluster: Element): number {
  let at = cluster.start;
  while (at < cluster.end && !TOP_LEVEL.has(vint(out, at, true).value)) {
    at = element(out, at, cluster.end).end;
  }
  return at;
}

/** Voids the children of `parent` with these ids, and its CRC-32, which no longer holds. */
function voidChildren(out: Uint8Array, parent: Element, ids: Set<number>) {
  let crc: { at: number; end: number } | undefined;
  let changed = false;
  for (let at = parent.start; at < parent.end;) {
    const child = element(out, at, parent.end);
    if (child.id === ID.crc32) crc = { at, end: child.end };
    if (ids.has(child.id)) {
      voidElement(out, at, child.end);
      changed = true;
    }
    at = child.end;
  }
  if (changed && crc) voidElement(out, crc.at, crc.end);
}

/**
 * [at, end) becomes one Void element of the same length: its id (one byte), a size field of
 * whatever length makes the lengths add up, and zeros.
 */
function voidElement(out: Uint8Array, at: number, end: number) {
  const length = end - at;
  for (let sizeLength = Math.min(8, length - 1); sizeLength >= 1; sizeLength--) {
    const payload = length - 1 - sizeLength;
    // All ones would mean "unknown size", so the largest value is one less.
    if (payload < 0 || payload >= 2 ** (7 * sizeLength) - 1) continue;
    out[at] = ID.void;
    let value = payload;
    for (let i = sizeLength; i >= 1; i--) {
      out[at + i] = value % 256;
      value = Math.floor(value / 256);
    }
    out[at + 1]! |= 0x80 >> (sizeLength - 1); // the size field's length marker
    out.fill(0, at + 1 + sizeLength, end);
    return;
  }
  // A single byte cannot be an element; nothing voidable is that short.
  throw new RangeError('An element too short to void');
}
