import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { expect } from 'vitest';
import type { MediaUpload } from '../../shared/schemas/media';
import type { Persona, TestApp } from './test-app';

/*
 * The three steps of an upload as a browser takes them (DESIGN §9): ask for it, send the file by
 * the presigned POST to the local S3, complete it.
 */

export async function askToUpload(
  t: TestApp,
  as: Persona,
  body: { kind: 'image' | 'audio'; contentType: string; bytes: number },
) {
  return t.call('POST', '/api/media/uploads', { as, body });
}

/** The presigned POST, as multipart/form-data: the policy's fields first, then the file. */
export async function sendFile(upload: MediaUpload['upload'], bytes: Uint8Array, type: string) {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), 'upload');
  return fetch(upload.url, { method: 'POST', body: form });
}

export const completeUpload = (t: TestApp, as: Persona, id: string) =>
  t.call('POST', `/api/media/uploads/${id}/complete`, { as });

/** Ask, send, complete: the completion's answer. */
export async function uploadMedium(
  t: TestApp,
  as: Persona,
  file: { kind: 'image' | 'audio'; contentType: string; bytes: Uint8Array },
) {
  const asked = await askToUpload(t, as, { ...file, bytes: file.bytes.length });
  expect(asked.status, JSON.stringify(asked.json)).toBe(201);
  const sent = await sendFile(asked.json.upload, file.bytes, file.contentType);
  expect(sent.status).toBeLessThan(300);
  const completed = await completeUpload(t, as, asked.json.id);
  return { id: asked.json.id as string, completed };
}

/** A file of the media bucket, or undefined when there is none. */
export async function readObject(t: TestApp, key: string) {
  const { s3, bucket } = t.deps.media;
  try {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return {
      bytes: Buffer.from(await object.Body!.transformToByteArray()),
      contentType: object.ContentType,
      cacheControl: object.CacheControl,
    };
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
      return undefined;
    throw error;
  }
}

export async function objectExists(t: TestApp, key: string) {
  const { s3, bucket } = t.deps.media;
  try {
    await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return true;
  } catch (error) {
    if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
      return false;
    throw error;
  }
}

/** A PCM WAV of silence-ish samples: 8-bit mono at `sampleRate`, `seconds` long. */
export function makeWav(seconds: number, sampleRate = 8000): Uint8Array {
  const samples = Math.round(seconds * sampleRate);
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) =>
    [...s].forEach((ch, i) => (bytes[at + i] = ch.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate, true); // byte rate: 1 byte a sample
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  text(36, 'data');
  view.setUint32(40, samples, true);
  for (let i = 0; i < samples; i++) bytes[44 + i] = 128 + Math.round(40 * Math.sin(i / 3));
  return bytes;
}
