import { HeadObjectCommand } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_STORIES } from '../scripts/seed/demo-content';
import { seedDemoContent } from '../scripts/seed/seed-demo-content';
import { demoUser } from '../shared/demo-personas';
import { mediaFiles, privateKey, publicKey } from '../shared/media-files';
import type { StoredMedia, StoryMedia } from '../shared/schemas/media';
import { createTestApp, type TestApp } from './support/test-app';

/*
 * The demo seed's photos and recording (issue #13), against the real local S3 of the run
 * (test/global-setup.ts): processed into the bucket, public copies for published stories only,
 * no metadata in them, the recording with its transcript, and Kai's exhibition showing them.
 */

let t: TestApp;
/** Each demo story with media: its key, its id, and whether it is published. */
let seeded: { key: string; id: string; published: boolean }[];

const withMedia = DEMO_STORIES.filter((d) => d.media?.length);

/** A key of the bucket as anyone on the internet asks for it: no signature. */
const anonymous = (key: string) => fetch(`${inject('s3Endpoint')}/${t.deps.media.bucket}/${key}`);
const exists = async (key: string) => {
  try {
    await t.deps.media.s3.send(new HeadObjectCommand({ Bucket: t.deps.media.bucket, Key: key }));
    return true;
  } catch {
    return false;
  }
};

/** The demo stories' ids, found by title through the author's own list (which has pending ones). */
async function demoStoryIds(app: TestApp) {
  return Promise.all(
    withMedia.map(async (demo) => {
      const mine = await app.call('GET', '/api/me/stories', { as: demoUser(demo.author) });
      const card = (mine.json.items as { id: string; title: string }[]).find(
        (s) => s.title === demo.input.title,
      );
      if (!card) throw new Error(`The seed did not write ${demo.key}`);
      return { key: demo.key, id: card.id, published: demo.state === 'published' };
    }),
  );
}

/** The story's media as its author sees them (private URLs for a pending one). */
async function mediaOf(app: TestApp, story: { key: string; id: string }) {
  const author = DEMO_STORIES.find((d) => d.key === story.key)!.author;
  const page = await app.call('GET', `/api/stories/${story.id}`, { as: demoUser(author) });
  return page.json.media as (StoryMedia & StoredMedia)[];
}

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoContent(t.deps);
  seeded = await demoStoryIds(t);
}, 120_000);

describe('the demo seed’s media', () => {
  it('gives several published stories photos and one of them the recording', () => {
    const published = withMedia.filter((d) => d.state === 'published');
    expect(published.length).toBeGreaterThanOrEqual(3);
    const recordings = DEMO_STORIES.flatMap((d) => d.media ?? []).filter((m) => m.kind === 'audio');
    expect(recordings).toHaveLength(1);
  });

  it('shows a published story’s photos to everyone at public URLs, and serves every copy', async () => {
    for (const story of seeded.filter((s) => s.published)) {
      const page = await t.call('GET', `/api/stories/${story.id}`);
      expect(page.status).toBe(200);
      const media = page.json.media as StoryMedia[];
      const expected = withMedia.find((d) => d.key === story.key)!.media!;
      expect(media.map((m) => m.kind)).toEqual(expected.map((m) => m.kind));
      for (const medium of media) {
        if (medium.kind === 'image') {
          expect(medium).toMatchObject({ width: 1600, height: 1200 });
          expect(medium.alt.length).toBeGreaterThan(20);
          expect(medium.credit).toMatch(/Ruhr Stories [Dd]emo/);
          for (const variant of medium.variants) expect(variant.url).toMatch(/^\/media\//);
        }
        for (const { file } of mediaFiles(medium as StoredMedia)) {
          const res = await anonymous(publicKey(medium.id, file));
          expect(res.status, `${story.key} ${file}`).toBe(200);
          await res.arrayBuffer();
        }
      }
    }
  });

  it('keeps a pending story’s photo private: processed, but no public copy', async () => {
    const pending = seeded.filter((s) => !s.published);
    expect(pending.length).toBeGreaterThan(0);
    for (const story of pending) {
      expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(404);
      const media = await mediaOf(t, story);
      expect(media.length, story.key).toBeGreaterThan(0);
      for (const medium of media) {
        for (const { file } of mediaFiles(medium)) {
          expect(await exists(privateKey(medium.id, file)), file).toBe(true);
          const res = await anonymous(publicKey(medium.id, file));
          expect(res.status, `${story.key} ${file}`).not.toBe(200);
          await res.arrayBuffer();
        }
      }
    }
  });

  it('writes photos without any metadata, in every size and format', async () => {
    const story = seeded.find((s) => s.published)!;
    const [photo] = (await mediaOf(t, story)).filter((m) => m.kind === 'image');
    for (const { file } of mediaFiles(photo!)) {
      const res = await anonymous(publicKey(photo!.id, file));
      const bytes = Buffer.from(await res.arrayBuffer());
      const metadata = await sharp(bytes).metadata();
      for (const field of ['exif', 'xmp', 'iptc', 'icc', 'orientation'] as const) {
        expect(metadata[field], `${file} ${field}`).toBeUndefined();
      }
      expect(bytes.includes('Exif'), file).toBe(false);
    }
  });

  it('publishes the recording with its transcript, honest about what it is', async () => {
    const story = seeded.find((s) => s.key === 'prosper-haniel-kitchen')!;
    const page = await t.call('GET', `/api/stories/${story.id}`);
    const recording = (page.json.media as StoryMedia[]).find((m) => m.kind === 'audio');
    expect(recording).toMatchObject({
      contentType: 'audio/wav',
      url: expect.stringMatching(/^\/media\//),
    });
    if (recording?.kind !== 'audio') throw new Error('no recording');
    expect(recording.durationSeconds).toBeGreaterThan(25);
    expect(recording.durationSeconds).toBeLessThan(35);
    expect(recording.transcript).toMatch(/^\[Synthetic recording made for the Ruhr Stories demo/);
    expect(recording.transcript).toContain('Glück auf, Glück auf, der Steiger kommt.');
    const file = await anonymous(publicKey(recording.id, 'audio.wav'));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('audio/wav');
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('RIFF');
  });

  it('shows the media in Kai’s published demo exhibition', async () => {
    const list = await t.call('GET', '/api/exhibitions');
    const demo = (list.json.items as { id: string; status: string; title: { de: string } }[]).find(
      (e) => e.title.de.startsWith('Glück auf!'),
    );
    expect(demo?.status).toBe('published');
    const exhibition = await t.call('GET', `/api/exhibitions/${demo!.id}`);
    const items = exhibition.json.items as { storyId: string; media: StoryMedia[] }[];
    expect(items).toHaveLength(4);
    const kinds = items.flatMap((i) => i.media.map((m) => m.kind));
    expect(kinds).toContain('image');
    expect(kinds).toContain('audio');
  });

  it('seeds again beside earlier media (a new table, the same bucket; the same table twice): new files, old ones kept', async () => {
    const again = await createTestApp();
    await seedDemoContent(again.deps);
    const first = seeded.find((s) => s.key === 'tauben-katernberg')!;
    const second = (await demoStoryIds(again)).find((s) => s.key === first.key)!;
    const [old] = await mediaOf(t, first);
    const [fresh] = await mediaOf(again, second);
    expect(fresh!.id).not.toBe(old!.id);
    // And into the same table once more: everything again, under new ids.
    await seedDemoContent(again.deps);
    for (const medium of [old!, fresh!]) {
      const res = await anonymous(publicKey(medium.id, '480.jpg'));
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
  }, 120_000);
});
