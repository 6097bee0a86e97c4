/**
 * `npm run bench:media`: prints figures, asserts nothing (read medians). What an upload costs
 * (DESIGN §9): a 12-megapixel photo and a 5-minute recording, each asked for, sent by the
 * presigned POST to a local S3 and completed through the API over HTTP, 5 times; the medians of
 * the POST to S3 ("upload") and of the completion ("processing": read, check, derivatives, write).
 * The recording is WebM/Opus when ffmpeg is on the machine, else a WAV made here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadConfig } from '../../functions/src/core/config';
import { createTableClient } from '../../functions/src/core/dynamo';
import { ensureTable } from '../../functions/src/core/ensure-table';
import { startApiServer } from '../../functions/src/local-server';
import { devProfiles } from '../../functions/src/local-app';
import { startDynamoDbLocal } from '../local-stack/dynamodb-local';
import { freePort } from '../local-stack/free-port';
import { startLocalS3 } from '../local-stack/local-s3';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const RUNS = 5;
const BUCKET = 'bench-media';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** 4000 × 3000 of noise over a gradient: it compresses about as badly as a photo does. */
async function twelveMegapixelPhoto() {
  const width = 4000;
  const height = 3000;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const noise = (seed >> 16) % 48;
      const at = (y * width + x) * 3;
      pixels[at] = (x / width) * 180 + noise;
      pixels[at + 1] = (y / height) * 160 + noise;
      pixels[at + 2] = 90 + noise;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

function hasFfmpeg() {
  try {
    execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Five minutes of speech-like sound: WebM/Opus at 32 kbit/s with ffmpeg, else 16 kHz 16-bit WAV. */
function fiveMinuteRecording(): { bytes: Uint8Array; contentType: string; label: string } {
  const seconds = 300;
  if (hasFfmpeg()) {
    const dir = mkdtempSync(join(tmpdir(), 'ruhr-bench-media-'));
    try {
      const file = join(dir, 'voice.webm');
      execFileSync('ffmpeg', [
        ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi'],
        ...['-i', `anoisesrc=d=${seconds}:c=pink:a=0.2,tremolo=f=4:d=0.8`],
        ...['-ac', '1', '-c:a', 'libopus', '-b:a', '32k', file],
      ]);
      return {
        bytes: new Uint8Array(readFileSync(file)),
        contentType: 'audio/webm;codecs=opus',
        label: 'WebM/Opus 32 kbit/s',
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const rate = 16000;
  const samples = seconds * rate;
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, s: string) =>
    [...s].forEach((ch, i) => (bytes[at + i] = ch.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVEfmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples * 2, true);
  for (let i = 0; i < samples; i++) view.setInt16(44 + i * 2, Math.sin(i / 7) * 8000, true);
  return { bytes, contentType: 'audio/wav', label: 'WAV 16 kHz 16-bit' };
}

async function main() {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  const s3 = await startLocalS3({ port: await freePort(), bucket: BUCKET, origins: [] });
  const config = loadConfig({
    AUTH_MODE: 'local',
    TABLE_NAME: 'bench-media',
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    S3_ENDPOINT: s3.endpoint,
    MEDIA_BUCKET: BUCKET,
    LOG_LEVEL: 'silent',
  });
  const client = createTableClient(config);
  await ensureTable(client, config.tableName, { stream: false });
  client.destroy();
  const api = await startApiServer(config, await freePort());
  try {
    const persona = { sub: 'u-bench-media', name: 'Bench', groups: [] };
    await devProfiles(api.deps)(persona);
    const token = await api.deps.devIssuer!.sign(persona);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    async function once(kind: 'image' | 'audio', contentType: string, bytes: Uint8Array) {
      const asked = await fetch(`${api.url}/api/media/uploads`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ kind, contentType, bytes: bytes.length }),
      });
      const { id, upload } = (await asked.json()) as {
        id: string;
        upload: { url: string; fields: Record<string, string> };
      };
      const form = new FormData();
      for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
      form.append('file', new Blob([new Uint8Array(bytes)], { type: contentType }), 'file');
      const started = performance.now();
      const sent = await fetch(upload.url, { method: 'POST', body: form });
      const uploaded = performance.now();
      if (!sent.ok) throw new Error(`The presigned POST answered ${sent.status}`);
      const completed = await fetch(`${api.url}/api/media/uploads/${id}/complete`, {
        method: 'POST',
        headers: { authorization: headers.authorization },
      });
      const processed = performance.now();
      if (completed.status !== 200) {
        throw new Error(`Completion answered ${completed.status}: ${await completed.text()}`);
      }
      return { upload: uploaded - started, processing: processed - uploaded };
    }

    const photo = await twelveMegapixelPhoto();
    const recording = fiveMinuteRecording();
    const cases = [
      { label: 'photo 4000×3000 JPEG', kind: 'image', contentType: 'image/jpeg', bytes: photo },
      { kind: 'audio', ...recording, label: `recording 5 min ${recording.label}` },
    ] as const;
    console.log(
      `Media uploads (local S3, DynamoDB Local, the API over HTTP; median of ${RUNS} runs after one warm-up)`,
    );
    for (const c of cases) {
      await once(c.kind, c.contentType, c.bytes); // warm-up: sharp's and the JIT's first run
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(c.kind, c.contentType, c.bytes));
      const mb = (c.bytes.length / 1024 / 1024).toFixed(1);
      console.log(
        `  ${c.label.padEnd(36)} ${mb.padStart(5)} MB   upload ${median(runs.map((r) => r.upload))
          .toFixed(0)
          .padStart(5)} ms   processing ${median(runs.map((r) => r.processing))
          .toFixed(0)
          .padStart(5)} ms`,
      );
    }
  } finally {
    await api.close();
    await s3.stop();
    await dynamo.stop();
  }
}

await main();
