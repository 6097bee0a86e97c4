import sharp from 'sharp';
import { baseUrl } from './browser';
import { tokenFor, type ApiPersona } from './residents';

/**
 * Photos and recordings for browser tests, sent the way the web app sends them (DESIGN §9):
 * `POST /api/media/uploads`, the file as multipart/form-data to the presigned S3 POST, then
 * `POST /api/media/uploads/{id}/complete`. The files are made here: a JPEG drawn by sharp and a
 * WAV of a quiet tone, so no test depends on a file checked in.
 */

/** A JPEG of `width` × `height` in one colour with a lighter band, so it is not blank. */
export async function makeJpeg(width: number, height: number, colour: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="${colour}"/>
    <rect y="${Math.round(height / 3)}" width="100%" height="${Math.round(height / 3)}" fill="#fff" opacity="0.3"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** A mono 16-bit PCM WAV of `seconds` of a soft 440 Hz tone. */
export function makeWav(seconds: number, rate = 8000): Buffer {
  const samples = Math.round(seconds * rate);
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 3000), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // the format chunk's size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28); // bytes per second
  header.writeUInt16LE(2, 32); // bytes per frame
  header.writeUInt16LE(16, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

/** Uploads one file as `owner` through the real API and the local S3; answers its media id. */
export async function uploadMedium(
  owner: ApiPersona,
  kind: 'image' | 'audio',
  contentType: string,
  bytes: Buffer,
): Promise<string> {
  const token = await tokenFor(owner);
  const { id, upload } = await call<{
    id: string;
    upload: { url: string; fields: Record<string, string> };
  }>(token, 'POST', '/media/uploads', { kind, contentType, bytes: bytes.length });
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }));
  const posted = await fetch(upload.url, { method: 'POST', body: form });
  if (!posted.ok) throw new Error(`S3 POST: ${posted.status} ${await posted.text()}`);
  await call(token, 'POST', `/media/uploads/${id}/complete`);
  return id;
}
