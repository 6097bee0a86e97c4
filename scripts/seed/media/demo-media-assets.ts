import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { steigerliedWav } from './steigerlied-wav';

/*
 * The files of the demo's photos and recording, made for this project: drawings in SVG (this
 * folder), rendered at seed time to the JPEG a camera would send, and a recording synthesized in
 * code. Each is made once per process (the seed, the browser tests' setup and the benchmark may
 * seed more than once).
 */

export const DEMO_DRAWINGS = [
  'headframe-dusk',
  'pigeon-loft',
  'miners-lamp',
  'colliery-street',
  'trinkhalle',
] as const;
export type DemoDrawing = (typeof DEMO_DRAWINGS)[number];
export type DemoRecording = 'steigerlied';

/** What an upload of the photo would be: 1600 × 1200, 4:3, as a phone's JPEG. */
const PHOTO = { width: 1600, height: 1200, quality: 88 };

const made = new Map<string, Promise<{ bytes: Uint8Array; contentType: string }>>();

async function renderDrawing(name: DemoDrawing) {
  const svg = await readFile(fileURLToPath(new URL(`./${name}.svg`, import.meta.url)));
  const jpeg = await sharp(svg, { density: 72 })
    .resize(PHOTO.width, PHOTO.height)
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: PHOTO.quality })
    .toBuffer();
  return { bytes: new Uint8Array(jpeg), contentType: 'image/jpeg' };
}

/** The bytes of a demo photo (JPEG) or of the recording (WAV), with their content type. */
export function demoAsset(
  asset: { drawing: DemoDrawing } | { recording: DemoRecording },
): Promise<{ bytes: Uint8Array; contentType: string }> {
  const key = 'drawing' in asset ? asset.drawing : asset.recording;
  let file = made.get(key);
  if (!file) {
    file =
      'drawing' in asset
        ? renderDrawing(asset.drawing)
        : Promise.resolve({ bytes: steigerliedWav(), contentType: 'audio/wav' });
    made.set(key, file);
  }
  return file;
}
