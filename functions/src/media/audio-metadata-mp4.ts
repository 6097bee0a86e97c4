import { boxes } from './audio-probe';

/*
 * MP4/M4A metadata (./audio-metadata): iTunes tags (moov/udta/meta/ilst), the place a phone
 * wrote (moov/udta/©xyz), XMP and vendor data (uuid), each turned into a `free` box of the same
 * size with zeros inside, so that no offset into `mdat` (stco, co64, sidx) moves.
 */

type Box = { type: string; at: number; start: number; end: number };

/** Boxes whose children are boxes, and which can hold udta, meta or uuid. */
const CONTAINERS = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl', 'edts', 'dinf', 'mvex']);
const CONTAINERS_FRAGMENTED = new Set(['moof', 'traf', 'mfra']);
/** Metadata, and space that may carry anything: emptied wherever they are. */
const EMPTIED = new Set(['udta', 'meta', 'uuid', 'free', 'skip']);
/** What a top-level box of a recording may be; any other is emptied too. */
const TOP_LEVEL = new Set(['ftyp', 'styp', 'moov', 'mdat', 'moof', 'mfra', 'sidx', 'wide', 'pdin']);
/** The headers whose version 0 or 1 is followed by creation and modification times. */
const TIMED = new Set(['mvhd', 'tkhd', 'mdhd']);

export function stripMp4(bytes: Uint8Array): Uint8Array | undefined {
  const out = bytes.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let end = 0;
  let movie = false;
  for (const box of boxes(out, view, 0, out.length)) {
    if (box.type === 'moov' || CONTAINERS_FRAGMENTED.has(box.type)) {
      movie ||= box.type === 'moov';
      clean(out, view, box);
    } else if (EMPTIED.has(box.type) || !TOP_LEVEL.has(box.type)) {
      empty(out, box);
    }
    end = box.end;
  }
  // A few bytes after the last box belong to none: they go.
  return movie ? out.subarray(0, end) : undefined;
}

function clean(out: Uint8Array, view: DataView, parent: Box) {
  for (const box of boxes(out, view, parent.start, parent.end)) {
    if (EMPTIED.has(box.type)) empty(out, box);
    else if (CONTAINERS.has(box.type) || CONTAINERS_FRAGMENTED.has(box.type)) clean(out, view, box);
    else if (TIMED.has(box.type)) {
      // When it was recorded is the person's: zeroed (1904-01-01, which players show as none).
      const width = out[box.start] === 1 ? 8 : 4;
      out.fill(0, box.start + 4, Math.min(box.start + 4 + 2 * width, box.end));
    }
  }
}

/** The box becomes `free` (its size field, 32 or 64 bits, stays), and its payload zeros. */
function empty(out: Uint8Array, box: Box) {
  out.set([0x66, 0x72, 0x65, 0x65], box.at + 4);
  out.fill(0, box.start, box.end);
}
