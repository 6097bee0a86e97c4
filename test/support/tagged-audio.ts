import { readFileSync } from 'node:fs';
import { makeWav } from './media-flow';

/*
 * Recordings with the metadata a phone or an editor writes, built here from the clean fixtures
 * (no ffmpeg at test time): each carries a name (`SECRET_NAME`) and a place (`SECRET_PLACE`)
 * where its format keeps them.
 */

export const SECRET_NAME = 'Anna Geheim';
export const SECRET_PLACE = '+51.4953+007.1750/';

export const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/media/${name}`, import.meta.url)));

const text = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};
const u32be = (n: number) => new Uint8Array([n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255]);
const u32le = (n: number) => new Uint8Array([n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24]);
const syncsafe = (n: number) =>
  new Uint8Array([(n >> 21) & 127, (n >> 14) & 127, (n >> 7) & 127, n & 127]);

/** An MP3 with an ID3v2.3 tag before its frames, an APEv2 tag and an ID3v1 tag after them. */
export function taggedMp3(): Uint8Array {
  const frame = (id: string, body: Uint8Array) =>
    concat(text(id), u32be(body.length), new Uint8Array(2), body);
  const frames = concat(
    frame('TPE1', concat(new Uint8Array([0]), text(SECRET_NAME))),
    frame('TXXX', concat(new Uint8Array([0]), text('GPS\0'), text(SECRET_PLACE))),
  );
  const id3v2 = concat(text('ID3'), new Uint8Array([3, 0, 0]), syncsafe(frames.length), frames);
  const item = (key: string, value: string) =>
    concat(u32le(value.length), u32le(0), text(key), new Uint8Array([0]), text(value));
  const items = concat(item('Artist', SECRET_NAME), item('Location', SECRET_PLACE));
  const apeHalf = (flags: number) =>
    concat(
      text('APETAGEX'),
      u32le(2000),
      u32le(items.length + 32),
      u32le(2),
      u32le(flags),
      new Uint8Array(8),
    );
  // Header and footer: bit 31 says a header exists, bit 29 marks the header itself.
  const ape = concat(apeHalf(0xa0000000), items, apeHalf(0x80000000));
  const id3v1 = new Uint8Array(128);
  id3v1.set(text('TAG'));
  id3v1.set(text(SECRET_NAME), 33);
  return concat(id3v2, fixture('voice-no-header.mp3'), ape, id3v1);
}

const box = (type: string, ...payload: Uint8Array[]) => {
  const body = concat(...payload);
  return concat(u32be(8 + body.length), text(type), body);
};

/**
 * The M4A fixture (its moov is the last box) with iTunes tags and a place in moov/udta, XMP in a
 * uuid box, a track name in trak/udta, and a creation time in mvhd.
 */
export function taggedM4a(): Uint8Array {
  const bytes = fixture('voice.m4a');
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let moovAt = 0;
  while (String.fromCharCode(...bytes.subarray(moovAt + 4, moovAt + 8)) !== 'moov')
    moovAt += view.getUint32(moovAt);
  const moov = bytes.slice(moovAt);
  const moovView = new DataView(moov.buffer);
  if (moovView.getUint32(0) !== moov.length) throw new Error('moov is not the last box');
  // mvhd: version 0, then creation and modification time (seconds since 1904).
  moovView.setUint32(8 + 8 + 4, 3_850_000_000);
  const udta = box(
    'udta',
    box('\u00a9xyz', new Uint8Array([0, SECRET_PLACE.length, 0x15, 0xc7]), text(SECRET_PLACE)),
    box(
      'meta',
      new Uint8Array(4),
      box('hdlr', new Uint8Array(8), text('mdir'), new Uint8Array(13)),
      box('ilst', box('\u00a9ART', box('data', u32be(1), u32be(0), text(SECRET_NAME)))),
    ),
  );
  const uuid = box(
    'uuid',
    new Uint8Array(16).fill(0xbe),
    text(`<x:xmpmeta><dc:creator>${SECRET_NAME}</dc:creator></x:xmpmeta>`),
  );
  const grown = concat(moov.subarray(8), udta, uuid);
  const newMoov = concat(u32be(8 + grown.length), text('moov'), grown);
  return concat(bytes.subarray(0, moovAt), newMoov);
}

/** A WAV with LIST/INFO (artist, comment) between fmt and data, and bext and id3 after data. */
export function taggedWav(seconds = 2, extra = new Uint8Array()): Uint8Array {
  const wav = makeWav(seconds);
  const chunk = (id: string, body: Uint8Array) =>
    concat(
      text(id),
      u32le(body.length),
      body,
      body.length % 2 ? new Uint8Array(1) : new Uint8Array(),
    );
  const info = chunk(
    'LIST',
    concat(
      text('INFO'),
      chunk('IART', text(`${SECRET_NAME}\0`)),
      chunk('ICMT', text(`${SECRET_PLACE}\0`)),
    ),
  );
  const bext = chunk('bext', concat(text(SECRET_NAME), new Uint8Array(256)));
  const id3 = chunk('id3 ', concat(text('ID3'), new Uint8Array(7), text(SECRET_PLACE)));
  const body = concat(
    wav.subarray(12, 36),
    info,
    wav.subarray(36),
    bext,
    id3,
    ...(extra.length ? [chunk('zzzz', extra)] : []),
  );
  return concat(text('RIFF'), u32le(4 + body.length), text('WAVE'), body);
}

/** An EBML element with a one-to-four-byte id and an eight-byte size. */
const ebml = (id: number, ...payload: Uint8Array[]) => {
  const body = concat(...payload);
  const idBytes: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) idBytes.unshift(v % 256);
  const size = new Uint8Array(8);
  new DataView(size.buffer).setBigUint64(0, BigInt(body.length));
  size[0] = 0x01;
  return concat(new Uint8Array(idBytes), size, body);
};

/**
 * A WebM fixture with a Tags element (artist, place) at the end of its Segment. For a Segment of
 * known size (eight size bytes after its id, as ffmpeg writes it), that size grows to match.
 */
export function taggedWebm(name: 'voice.webm' | 'voice-no-duration.webm'): Uint8Array {
  const bytes = fixture(name);
  const simpleTag = (key: string, value: string) =>
    ebml(0x67c8, ebml(0x45a3, text(key)), ebml(0x4487, text(value)));
  const tags = ebml(
    0x1254c367,
    ebml(
      0x7373,
      ebml(0x63c0),
      simpleTag('ARTIST', SECRET_NAME),
      simpleTag('LOCATION', SECRET_PLACE),
    ),
  );
  const out = concat(bytes, tags);
  const segmentAt = 36; // both fixtures: the EBML header's 36 bytes, then the Segment
  const view = new DataView(out.buffer);
  if (view.getUint32(segmentAt) !== 0x18538067) throw new Error('no Segment where expected');
  if (out[segmentAt + 4] === 0x01 && out[segmentAt + 5] !== 0xff) {
    const size = view.getBigUint64(segmentAt + 4) & 0x00ffffffffffffffn;
    if (Number(size) !== bytes.length - segmentAt - 12) throw new Error('the Segment is not last');
    view.setBigUint64(segmentAt + 4, (size + BigInt(tags.length)) | 0x0100000000000000n);
  }
  return out;
}

export const contains = (bytes: Uint8Array, needle: string) =>
  Buffer.from(bytes).includes(Buffer.from(needle));
