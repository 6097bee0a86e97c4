import { PutObjectCommand } from '@aws-sdk/client-s3';
import {
  IMAGE_WIDTHS,
  MEDIA_LIMITS,
  type AudioType,
  type MediaKind,
} from '../../../shared/schemas/media';
import { audioFile, privateKey, variantFile } from '../../../shared/media-files';
import { fail, ok, type Result } from '../core/result';
import type { MediaBucket } from '../core/s3';
import { stripAudioMetadata } from './audio-metadata';
import { audioDuration } from './audio-probe';
import { audioByteCeiling } from './audio-size';
import { hasOnlySound } from './audio-tracks';
import { sniffAudio, sniffImage } from './magic-bytes';

/**
 * sharp is loaded on first use, not at import: the accounts Lambda imports every context's routes
 * for the OpenAPI document and has no native sharp beside it; only the media Lambda processes.
 */
const loadSharp = async () => (await import('sharp')).default;

/*
 * Processing of an uploaded file (DESIGN §9), shared by the completion route and the demo seed:
 * it checks that the file is what it claims, measures it, and writes every file of
 * `mediaFiles` under `private/<id>/`. It never writes a byte of the upload's metadata: photos are
 * re-encoded from their pixels; recordings keep their sound as it is, without their tags (names,
 * places, dates, the device: ./audio-metadata), and may not be far larger than their length
 * allows (./audio-size), so that no other file travels inside one.
 */

export type Measured =
  | { kind: 'image'; width: number; height: number }
  | { kind: 'audio'; audioType: AudioType; durationSeconds: number };

export type MediaProblem =
  'media-type-mismatch' | 'media-unreadable' | 'media-too-large' | 'media-too-long';

/** With the reason, a sentence for the problem's detail where the type alone says too little. */
export type ProcessingFailure = { problem: MediaProblem; detail?: string };

/**
 * The most pixels a photo may have: a 100-megapixel camera's. A small file can declare a huge
 * image (a decompression bomb); sharp refuses it from the header, before decoding a pixel.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/**
 * The private files are read only by presigned URLs, which work for an hour: no shared cache may
 * keep them, a browser may for that hour. The public copies get their own (the media publisher
 * replaces the metadata when it copies).
 */
export const MEDIA_CACHE_CONTROL = 'private, max-age=3600';

/** Room for tags in a recording as uploaded, beyond the size ceiling of what is kept. */
export const TAG_ALLOWANCE_BYTES = 4 * 1024 * 1024;

const JPEG_QUALITY = 82;
const WEBP_QUALITY = 80;

export async function processMedium(
  bucket: MediaBucket,
  medium: { id: string; kind: MediaKind; declaredType: string },
  bytes: Uint8Array,
): Promise<Result<Measured, MediaProblem>> {
  const result = await processMediumWithDetail(bucket, medium, bytes);
  return result.ok ? result : fail(result.reason.problem);
}

/** `processMedium`, with a sentence for the problem's detail when there is more to say. */
export async function processMediumWithDetail(
  bucket: MediaBucket,
  medium: { id: string; kind: MediaKind; declaredType: string },
  bytes: Uint8Array,
): Promise<Result<Measured, ProcessingFailure>> {
  if (medium.kind === 'image') return processImage(bucket, medium, bytes);
  return processAudio(bucket, medium, bytes);
}

const put = (bucket: MediaBucket, key: string, body: Uint8Array, contentType: string) =>
  bucket.s3.send(
    new PutObjectCommand({
      Bucket: bucket.bucket,
      Key: key,
      Body: body,
      ContentType: contentType,
      CacheControl: MEDIA_CACHE_CONTROL,
    }),
  );

async function processImage(
  bucket: MediaBucket,
  medium: { id: string; declaredType: string },
  bytes: Uint8Array,
): Promise<Result<Measured, ProcessingFailure>> {
  const sniffed = sniffImage(bytes);
  if (sniffed !== medium.declaredType) {
    return fail({
      problem: 'media-type-mismatch',
      detail: `The file is ${sniffed ? `a ${sniffed}` : 'no photo the site takes'}, not the ${medium.declaredType} it was declared as.`,
    });
  }
  const sharp = await loadSharp();
  // `failOn: 'error'`: a photo cut short by a phone still shows; broken data does not.
  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
  let size: { width: number; height: number };
  try {
    const metadata = await input().metadata();
    if (metadata.width * metadata.height > MAX_INPUT_PIXELS) {
      return fail({ problem: 'media-too-large', detail: 'The photo has too many pixels.' });
    }
    size = metadata.autoOrient;
  } catch (error) {
    return fail(unreadableImage(sniffed, error));
  }
  const files: { file: string; body: Buffer; type: string }[] = [];
  try {
    // Decoded once, upright, at the largest width; the variants are made from those pixels. The
    // raw pixels carry no metadata at all, and no ICC profile: they are converted to sRGB, which
    // every browser shows. Nothing here calls withMetadata, keepExif or keepIccProfile.
    const { data, info } = await input()
      .rotate()
      .resize({ width: IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1], withoutEnlargement: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    const { width, height, channels } = info;
    const pixels = () => sharp(data, { raw: { width, height, channels } });
    for (const nominal of IMAGE_WIDTHS) {
      const resized = pixels().resize({ width: nominal, withoutEnlargement: true });
      const [webp, jpeg] = await Promise.all([
        resized.clone().webp({ quality: WEBP_QUALITY }).toBuffer(),
        // JPEG has no transparency: a transparent PNG's background becomes white, not black.
        resized
          .clone()
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
          .toBuffer(),
      ]);
      files.push({ file: variantFile(nominal, 'image/webp'), body: webp, type: 'image/webp' });
      files.push({ file: variantFile(nominal, 'image/jpeg'), body: jpeg, type: 'image/jpeg' });
    }
  } catch (error) {
    return fail(unreadableImage(sniffed, error));
  }
  await Promise.all(files.map((f) => put(bucket, privateKey(medium.id, f.file), f.body, f.type)));
  return ok({ kind: 'image', width: size.width, height: size.height });
}

function unreadableImage(type: string, error: unknown): ProcessingFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    return { problem: 'media-too-large', detail: 'The photo has too many pixels.' };
  }
  // The prebuilt libvips decodes HEIF with AV1 (AVIF) but has no HEVC decoder, so most HEIC
  // photos from phones cannot be read here; the web app converts them to JPEG before upload.
  if (type === 'image/heic') {
    return {
      problem: 'media-unreadable',
      detail:
        'This HEIC photo cannot be read on the server. Please send it as JPEG (the site’s form converts it).',
    };
  }
  return { problem: 'media-unreadable', detail: 'The photo cannot be read: the file is damaged.' };
}

async function processAudio(
  bucket: MediaBucket,
  medium: { id: string; declaredType: string },
  bytes: Uint8Array,
): Promise<Result<Measured, ProcessingFailure>> {
  const sniffed = sniffAudio(bytes);
  if (!sniffed || sniffed !== medium.declaredType) {
    return fail({
      problem: 'media-type-mismatch',
      detail: `The file is ${sniffed ? `${sniffed}` : 'no recording the site takes'}, not the ${medium.declaredType} it was declared as.`,
    });
  }
  if (!hasOnlySound(sniffed, bytes)) {
    return fail({
      problem: 'media-type-mismatch',
      detail:
        'The file holds a video or other tracks beside the sound: only recordings of sound are taken.',
    });
  }
  // Before the strip, which reads every byte: a file far beyond its length even with room for
  // tags (a cover picture) is refused at once, so that megabytes of junk cost no time.
  const declaredSeconds = audioDuration(sniffed, bytes);
  if (
    declaredSeconds !== undefined &&
    bytes.length > audioByteCeiling(sniffed, declaredSeconds, bytes) + TAG_ALLOWANCE_BYTES
  ) {
    return fail({
      problem: 'media-too-large',
      detail: `The file is far larger than a recording of ${Math.max(1, Math.round(declaredSeconds))} seconds can be: it holds more than sound.`,
    });
  }
  const stripped = stripAudioMetadata(sniffed, bytes);
  // Measured on what is kept: the file a listener gets must still say how long it is.
  const durationSeconds = stripped && audioDuration(sniffed, stripped);
  if (!stripped || durationSeconds === undefined) {
    return fail({
      problem: 'media-unreadable',
      detail: 'The recording’s length cannot be read: the file is damaged or cut short.',
    });
  }
  if (durationSeconds > MEDIA_LIMITS.audioSeconds) {
    return fail({
      problem: 'media-too-long',
      detail: `The recording is ${Math.ceil(durationSeconds / 60)} minutes long; at most ${MEDIA_LIMITS.audioSeconds / 60} minutes are possible.`,
    });
  }
  const ceiling = audioByteCeiling(sniffed, durationSeconds, stripped);
  if (stripped.length > ceiling) {
    return fail({
      problem: 'media-too-large',
      detail: `The file is far larger than a recording of ${Math.max(1, Math.round(durationSeconds))} seconds can be (at most ${Math.floor(ceiling / 1024)} KiB): it holds more than sound.`,
    });
  }
  await put(bucket, privateKey(medium.id, audioFile(sniffed)), stripped, sniffed);
  return ok({ kind: 'audio', audioType: sniffed, durationSeconds: round(durationSeconds) });
}

/** Milliseconds are all a player shows, and all the containers measure reliably. */
const round = (seconds: number) => Math.round(seconds * 1000) / 1000;
