import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { MediaReadySchema, MediaUploadSchema, type AudioType } from '../shared/schemas/media';
import { privateKey, uploadKey } from '../shared/media-files';
import { ProblemSchema } from '../shared/schemas/problem';
import { createMediaRepository } from '../functions/src/media/repository';
import { SCAN_STATUS_TAG } from '../functions/src/media/commands/complete-upload';
import { MEDIA_CACHE_CONTROL } from '../functions/src/media/processing';
import { stripAudioMetadata } from '../functions/src/media/audio-metadata';
import {
  askToUpload,
  completeUpload,
  makeWav,
  objectExists,
  readObject,
  sendFile,
  uploadMedium,
} from './support/media-flow';
import { newResident } from './support/story-flow';
import { createTestApp, type TestApp } from './support/test-app';

/*
 * Uploads by HTTP against the real local S3 (DESIGN §9): the presigned POST is sent as a browser
 * sends it, the processed files are read back from the bucket.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/media/${name}`, import.meta.url)));

/**
 * A JPEG of 1200 × 800 as stored, to be turned by EXIF (6: 90° clockwise), with GPS and the
 * camera in its EXIF, the author's name in its XMP, and a Display P3 colour profile.
 */
async function photoWithGps() {
  const { data, info } = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: { r: 90, g: 110, b: 130 } },
  })
    .composite([
      {
        input: { create: { width: 200, height: 800, channels: 3, background: 'red' } },
        left: 0,
        top: 0,
      },
    ])
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: info })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'TestCam', Copyright: 'Anna' },
      IFD3: {
        GPSMapDatum: 'WGS-84',
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 30/1 1234/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '7/1 10/1 3456/100',
      },
    })
    .withMetadata({ orientation: 6 })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Anna Secret</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>',
    )
    .withIccProfile('p3')
    .toBuffer();
}

const problemType = (res: { json: unknown }) => ProblemSchema.parse(res.json).type;

describe('a photo, from the request to the processed files', () => {
  it('arrives by presigned POST and comes out upright, resized, and without any metadata', async () => {
    const anna = newResident('photo');
    const photo = await photoWithGps();
    const input = await sharp(photo).metadata();
    // The test's own input really carries what must go.
    expect(input.orientation).toBe(6);
    // The GPS IFD's pointer (tag 0x8825, little-endian here) and its datum, a readable string.
    expect(input.exif?.subarray(6, 8).toString()).toBe('II');
    expect(input.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);
    expect(input.exif?.includes('WGS-84')).toBe(true);
    expect(input.xmp).toBeDefined();
    expect(input.icc).toBeDefined();
    expect(Buffer.from(photo).includes('Anna Secret')).toBe(true);

    const asked = await askToUpload(t, anna, {
      kind: 'image',
      contentType: 'image/jpeg',
      bytes: photo.length,
    });
    expect(asked.status).toBe(201);
    const upload = MediaUploadSchema.parse(asked.json);
    expect(asked.headers.get('location')).toBe(`/api/media/uploads/${upload.id}/complete`);
    expect(upload.upload.fields).toMatchObject({
      key: uploadKey(upload.id),
      'Content-Type': 'image/jpeg',
    });
    const policy = JSON.parse(Buffer.from(upload.upload.fields.Policy!, 'base64').toString());
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ['eq', '$key', uploadKey(upload.id)],
        ['eq', '$Content-Type', 'image/jpeg'],
        ['content-length-range', 1, photo.length],
      ]),
    );
    const minutes = (Date.parse(policy.expiration) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);

    const sent = await sendFile(upload.upload, photo, 'image/jpeg');
    expect(sent.status).toBe(204);
    expect(await objectExists(t, uploadKey(upload.id))).toBe(true);

    const completed = await completeUpload(t, anna, upload.id);
    expect(completed.status, JSON.stringify(completed.json)).toBe(200);
    // The EXIF orientation was applied: 1200 × 800 stored, 800 × 1200 upright.
    expect(MediaReadySchema.parse(completed.json)).toMatchObject({
      id: upload.id,
      kind: 'image',
      status: 'ready',
      width: 800,
      height: 1200,
    });
    const preview = await fetch(completed.json.previewUrl);
    expect(preview.status).toBe(200);
    expect((await sharp(Buffer.from(await preview.arrayBuffer())).metadata()).width).toBe(480);

    const expected = { 480: [480, 720], 960: [800, 1200], 1600: [800, 1200] };
    for (const [width, [w, h]] of Object.entries(expected)) {
      for (const [ext, type, format] of [
        ['webp', 'image/webp', 'webp'],
        ['jpg', 'image/jpeg', 'jpeg'],
      ] as const) {
        const file = await readObject(t, privateKey(upload.id, `${width}.${ext}`));
        expect(file, `${width}.${ext}`).toBeDefined();
        expect(file!.contentType).toBe(type);
        expect(file!.cacheControl).toBe(MEDIA_CACHE_CONTROL);
        const metadata = await sharp(file!.bytes).metadata();
        expect(metadata, `${width}.${ext}`).toMatchObject({ format, width: w, height: h });
        for (const field of ['exif', 'xmp', 'iptc', 'icc', 'orientation'] as const) {
          expect(metadata[field], `${width}.${ext} ${field}`).toBeUndefined();
        }
        for (const marker of ['GPS', 'Exif', 'WGS-84', 'TestCam', 'Anna', 'adobe:ns:meta']) {
          expect(file!.bytes.includes(marker), `${width}.${ext} ${marker}`).toBe(false);
        }
      }
    }
    // The left edge was red; turned 90° clockwise, the red band is now at the top.
    const { data } = await sharp((await readObject(t, privateKey(upload.id, '480.jpg')))!.bytes)
      .raw()
      .toBuffer({ resolveWithObject: true });
    const [r, g] = [data[480 * 3 * 10 + 240 * 3]!, data[480 * 3 * 10 + 240 * 3 + 1]!];
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(60);

    expect(await objectExists(t, uploadKey(upload.id))).toBe(false);
    const record = await createMediaRepository(t.deps.db).get(anna.sub, upload.id);
    expect(record).toMatchObject({ status: 'ready', width: 800, height: 1200, kind: 'image' });
    expect(record!.expiresAt).toBeGreaterThan(Date.now() / 1000);

    // Completing again answers the same, without the upload.
    const again = await completeUpload(t, anna, upload.id);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: upload.id, width: 800, height: 1200 });
  });

  it('takes PNG and WebP, never enlarges a small photo, and gives a transparent one a white JPEG', async () => {
    const anna = newResident('formats');
    const transparent = { r: 0, g: 0, b: 0, alpha: 0 };
    const small = sharp({
      create: { width: 300, height: 200, channels: 4, background: transparent },
    });
    for (const [type, bytes] of [
      ['image/png', await small.clone().png().toBuffer()],
      ['image/webp', await small.clone().webp().toBuffer()],
    ] as const) {
      const { id, completed } = await uploadMedium(t, anna, {
        kind: 'image',
        contentType: type,
        bytes,
      });
      expect(completed.status, type).toBe(200);
      expect(completed.json).toMatchObject({ width: 300, height: 200 });
      const big = await readObject(t, privateKey(id, '1600.webp'));
      expect((await sharp(big!.bytes).metadata()).width).toBe(300);
      const jpeg = await readObject(t, privateKey(id, '480.jpg'));
      const { data } = await sharp(jpeg!.bytes).raw().toBuffer({ resolveWithObject: true });
      expect([...data.subarray(0, 3)], type).toEqual([255, 255, 255]);
    }
  });
});

describe('what the platform refuses', () => {
  it('refuses a PNG declared as JPEG at completion (422), and deletes it', async () => {
    const anna = newResident('mismatch');
    const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: 'red' } })
      .png()
      .toBuffer();
    const { id, completed } = await uploadMedium(t, anna, {
      kind: 'image',
      contentType: 'image/jpeg',
      bytes: png,
    });
    expect(completed.status).toBe(422);
    expect(problemType(completed)).toBe('/problems/media-type-mismatch');
    expect(await objectExists(t, uploadKey(id))).toBe(false);
    expect(await objectExists(t, privateKey(id, '480.jpg'))).toBe(false);
  });

  it('refuses a type the kind does not take, and a declaration over the limit (422)', async () => {
    const anna = newResident('refused');
    const cases = [
      [{ kind: 'image', contentType: 'image/gif', bytes: 10 }, '/problems/media-type'],
      [{ kind: 'image', contentType: 'audio/wav', bytes: 10 }, '/problems/media-type'],
      [
        { kind: 'image', contentType: 'image/jpeg', bytes: 20 * 1024 * 1024 + 1 },
        '/problems/media-too-large',
      ],
      [
        { kind: 'audio', contentType: 'audio/mpeg', bytes: 100 * 1024 * 1024 + 1 },
        '/problems/media-too-large',
      ],
    ] as const;
    for (const [body, type] of cases) {
      const res = await askToUpload(t, anna, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(problemType(res)).toBe(type);
    }
    const invalid = await askToUpload(t, anna, {
      kind: 'video' as never,
      contentType: 'x',
      bytes: 0,
    });
    expect(invalid.status).toBe(400);
  });

  it('refuses at completion a file larger than its upload declared (the local S3 does not)', async () => {
    const anna = newResident('larger');
    const jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: 'blue' } })
      .jpeg()
      .toBuffer();
    const asked = await askToUpload(t, anna, {
      kind: 'image',
      contentType: 'image/jpeg',
      bytes: 100,
    });
    const sent = await sendFile(asked.json.upload, jpeg, 'image/jpeg');
    expect(jpeg.length).toBeGreaterThan(100);
    expect(sent.status).toBe(204);
    const completed = await completeUpload(t, anna, asked.json.id);
    expect(completed.status).toBe(422);
    expect(problemType(completed)).toBe('/problems/media-too-large');
    expect(await objectExists(t, uploadKey(asked.json.id))).toBe(false);
  });

  it('refuses a photo whose header claims more pixels than allowed, before decoding it', async () => {
    const anna = newResident('bomb');
    const { completed } = await uploadMedium(t, anna, {
      kind: 'image',
      contentType: 'image/png',
      bytes: pngHeaderOnly(20_000, 20_000),
    });
    expect(completed.status).toBe(422);
    expect(problemType(completed)).toBe('/problems/media-too-large');
  });

  it('refuses a damaged photo as unreadable', async () => {
    const anna = newResident('damaged');
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new Array(200).fill(7)]);
    const { completed } = await uploadMedium(t, anna, {
      kind: 'image',
      contentType: 'image/jpeg',
      bytes,
    });
    expect(completed.status).toBe(422);
    expect(problemType(completed)).toBe('/problems/media-unreadable');
  });

  it('refuses a HEIC the server cannot decode as unreadable, saying to send a JPEG', async () => {
    // The prebuilt libvips has no HEVC decoder; the web app converts such photos before upload.
    const anna = newResident('heic');
    const heic = new Uint8Array(
      Buffer.concat([
        Buffer.from([0, 0, 0, 24]),
        Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
        Buffer.alloc(300, 1),
      ]),
    );
    const { completed } = await uploadMedium(t, anna, {
      kind: 'image',
      contentType: 'image/heic',
      bytes: heic,
    });
    expect(completed.status).toBe(422);
    expect(problemType(completed)).toBe('/problems/media-unreadable');
    expect(completed.json.detail).toMatch(/JPEG/);
  });

  it('answers 404 for someone else’s upload and an unknown id, 409 before the file arrived', async () => {
    const anna = newResident('owner');
    const ben = newResident('other');
    const asked = await askToUpload(t, anna, {
      kind: 'audio',
      contentType: 'audio/wav',
      bytes: 1000,
    });
    const early = await completeUpload(t, anna, asked.json.id);
    expect(early.status).toBe(409);
    expect(problemType(early)).toBe('/problems/upload-missing');
    await sendFile(asked.json.upload, makeWav(0.1), 'audio/wav');
    const others = await completeUpload(t, ben, asked.json.id);
    expect(others.status).toBe(404);
    expect(problemType(others)).toBe('/problems/not-found');
    expect(await objectExists(t, uploadKey(asked.json.id))).toBe(true);
    expect((await completeUpload(t, anna, '01JAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await completeUpload(t, anna, 'not-an-id')).status).toBe(404);
    expect((await completeUpload(t, anna, asked.json.id)).status).toBe(200);
  });

  it('limits uploads to 60 an hour per person (429 with Retry-After)', async () => {
    const anna = newResident('limit');
    const body = { kind: 'image', contentType: 'image/jpeg', bytes: 1000 } as const;
    for (let i = 0; i < 60; i++) expect((await askToUpload(t, anna, body)).status).toBe(201);
    const limited = await askToUpload(t, anna, body);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('a recording', () => {
  const cases = [
    ['a WAV made here', 'audio/wav', () => makeWav(1.5), 1.5, 'audio.wav'],
    [
      'a WebM/Opus with Duration',
      'audio/webm;codecs=opus',
      () => fixture('voice.webm'),
      4.008,
      'audio.webm',
    ],
    [
      'a WebM without Duration, as a browser’s MediaRecorder writes it',
      'audio/webm',
      () => fixture('voice-no-duration.webm'),
      4.0,
      'audio.webm',
    ],
    ['an M4A (AAC)', 'audio/mp4', () => fixture('voice.m4a'), 3.0, 'audio.m4a'],
    ['an MP3 with a Xing header', 'audio/mpeg', () => fixture('voice-xing.mp3'), 5.04, 'audio.mp3'],
    [
      'an MP3 without one (frames counted)',
      'audio/mpeg',
      () => fixture('voice-no-header.mp3'),
      2.56,
      'audio.mp3',
    ],
  ] as const;

  it.each(cases)(
    '%s: measured, and kept as its sound, without tags (test/media-audio-metadata.test.ts)',
    async (_, contentType, bytesOf, seconds, file) => {
      const anna = newResident('audio');
      const bytes = bytesOf();
      expect(bytes.length).toBeLessThan(50 * 1024);
      const { id, completed } = await uploadMedium(t, anna, { kind: 'audio', contentType, bytes });
      expect(completed.status, JSON.stringify(completed.json)).toBe(200);
      expect(completed.json.kind).toBe('audio');
      expect(Math.abs(completed.json.durationSeconds - seconds)).toBeLessThan(0.2);
      const stored = await readObject(t, privateKey(id, file));
      expect(stored?.contentType).toBe(contentType.split(';')[0]);
      const kept = stripAudioMetadata(contentType.split(';')[0] as AudioType, bytes)!;
      expect(Buffer.compare(stored!.bytes, Buffer.from(kept))).toBe(0);
      expect(await objectExists(t, uploadKey(id))).toBe(false);
      const record = await createMediaRepository(t.deps.db).get(anna.sub, id);
      expect(record).toMatchObject({ status: 'ready', audioType: contentType.split(';')[0] });
    },
  );

  it('refuses one over 30 minutes (422), by what its header says', async () => {
    const anna = newResident('long');
    // 31 minutes at 1000 samples a second: a real WAV, under 2 MB.
    const bytes = makeWav(31 * 60, 1000);
    const { completed } = await uploadMedium(t, anna, {
      kind: 'audio',
      contentType: 'audio/wav',
      bytes,
    });
    expect(completed.status).toBe(422);
    expect(problemType(completed)).toBe('/problems/media-too-long');
  });

  it('refuses a photo sent as a recording, and a WebM declared as MP3', async () => {
    const anna = newResident('audio-mismatch');
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } })
      .jpeg()
      .toBuffer();
    for (const [contentType, bytes] of [
      ['audio/wav', jpeg],
      ['audio/mpeg', fixture('voice.webm')],
    ] as const) {
      const { completed } = await uploadMedium(t, anna, { kind: 'audio', contentType, bytes });
      expect(completed.status, contentType).toBe(422);
      expect(problemType(completed)).toBe('/problems/media-type-mismatch');
    }
  });
});

describe('with GuardDuty Malware Protection (MALWARE_SCAN=guardduty)', () => {
  // GuardDuty itself is not here: the test plays its part, tagging the upload on the local S3 as
  // GuardDuty tags a scanned object. Everything else is the real flow.
  let scanned: TestApp;
  beforeAll(async () => {
    scanned = await createTestApp({ MALWARE_SCAN: 'guardduty' });
  });
  const tag = (id: string, value: string) =>
    scanned.deps.media.s3.send(
      new PutObjectTaggingCommand({
        Bucket: scanned.deps.media.bucket,
        Key: uploadKey(id),
        Tagging: { TagSet: [{ Key: SCAN_STATUS_TAG, Value: value }] },
      }),
    );

  async function uploaded() {
    const anna = newResident('scanned');
    const bytes = makeWav(0.5);
    const asked = await askToUpload(scanned, anna, {
      kind: 'audio',
      contentType: 'audio/wav',
      bytes: bytes.length,
    });
    expect((await sendFile(asked.json.upload, bytes, 'audio/wav')).status).toBe(204);
    return { anna, id: asked.json.id as string };
  }

  it('waits for the scan (409 with Retry-After), then processes a clean file', async () => {
    const { anna, id } = await uploaded();
    const pending = await completeUpload(scanned, anna, id);
    expect(pending.status).toBe(409);
    expect(problemType(pending)).toBe('/problems/scan-pending');
    expect(Number(pending.headers.get('retry-after'))).toBeGreaterThan(0);
    await tag(id, 'NO_THREATS_FOUND');
    const clean = await completeUpload(scanned, anna, id);
    expect(clean.status).toBe(200);
    expect(clean.json).toMatchObject({ id, kind: 'audio', status: 'ready' });
  });

  it('answers 409 upload-missing before the file arrived, and refuses a file GuardDuty could not scan', async () => {
    const anna = newResident('unscanned');
    const asked = await askToUpload(scanned, anna, {
      kind: 'audio',
      contentType: 'audio/wav',
      bytes: 100,
    });
    const early = await completeUpload(scanned, anna, asked.json.id);
    expect(early.status).toBe(409);
    expect(problemType(early)).toBe('/problems/upload-missing');
    const { anna: owner, id } = await uploaded();
    await tag(id, 'UNSUPPORTED');
    const unscanned = await completeUpload(scanned, owner, id);
    expect(unscanned.status).toBe(422);
    expect(problemType(unscanned)).toBe('/problems/media-unreadable');
    expect(await objectExists(scanned, uploadKey(id))).toBe(false);
  });

  it('refuses an infected file (422) and deletes it', async () => {
    const { anna, id } = await uploaded();
    await tag(id, 'THREATS_FOUND');
    const infected = await completeUpload(scanned, anna, id);
    expect(infected.status).toBe(422);
    expect(problemType(infected)).toBe('/problems/media-infected');
    expect(await objectExists(scanned, uploadKey(id))).toBe(false);
    expect(await objectExists(scanned, privateKey(id, 'audio.wav'))).toBe(false);
  });
});

/** A PNG that is only its header: `width` × `height` pixels, and no image data at all. */
function pngHeaderOnly(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', new Uint8Array()),
    chunk('IEND', new Uint8Array()),
  ]);
}
