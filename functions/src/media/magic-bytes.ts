import type { AudioType, ImageType } from '../../../shared/schemas/media';

/*
 * What a file is by its first bytes, whatever its upload declared (DESIGN §9: a file that is not
 * what it claims is refused). Only the types the platform takes are recognised; anything else is
 * `undefined`.
 */

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

/** ISO-BMFF brands of HEIF still images (HEIC and its sequences, and the generic image brands). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** An ISO-BMFF file's major and compatible brands (its `ftyp` box), or none. */
export function isoBrands(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== 'ftyp') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = Math.min(view.getUint32(0), bytes.length);
  const brands = [ascii(bytes, 8, 4)];
  // After the major brand comes its minor version (4 bytes), then the compatible brands.
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, 4));
  return brands;
}

export function sniffImage(bytes: Uint8Array): ImageType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  const brands = isoBrands(bytes);
  // The major brand decides; a generic `mif1` needs a HEIC brand among the compatible ones
  // (an AVIF file is `avif` with `mif1` compatible, and is not a HEIC).
  if (brands && HEIF_BRANDS.has(brands[0]!)) {
    if (brands[0] !== 'mif1' && brands[0] !== 'msf1') return 'image/heic';
    if (brands.some((b) => b.startsWith('he'))) return 'image/heic';
  }
  return undefined;
}

export function sniffAudio(bytes: Uint8Array): AudioType | undefined {
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'audio/webm';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return 'audio/wav';
  if (ascii(bytes, 0, 3) === 'ID3' || isMpegAudioFrame(bytes, 0)) return 'audio/mpeg';
  const brands = isoBrands(bytes);
  if (brands && !HEIF_BRANDS.has(brands[0]!) && !brands.includes('avif')) return 'audio/mp4';
  return undefined;
}

/** An MPEG audio frame header at `at`: 11 bits of sync, a known version, layer and bitrate. */
export function isMpegAudioFrame(bytes: Uint8Array, at: number): boolean {
  if (at + 4 > bytes.length || bytes[at] !== 0xff || (bytes[at + 1]! & 0xe0) !== 0xe0) return false;
  const version = (bytes[at + 1]! >> 3) & 0b11;
  const layer = (bytes[at + 1]! >> 1) & 0b11;
  const bitrate = bytes[at + 2]! >> 4;
  const rate = (bytes[at + 2]! >> 2) & 0b11;
  return version !== 0b01 && layer !== 0 && bitrate !== 0 && bitrate !== 0xf && rate !== 0b11;
}
