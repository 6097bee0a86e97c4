import { beforeAll, describe, expect, it } from 'vitest';
import { PersonalDataExportSchema } from '../shared/schemas/personal-data';
import type { StoryMedia, StoryMediaInput } from '../shared/schemas/media';
import type { Story } from '../shared/schemas/story';
import { shortCodeOf } from '../shared/short-link';
import { makeStoryInput } from './support/fixtures';
import { addItem, createExhibition } from './support/curation-flow';
import { publishedCall } from './support/call-flow';
import { putReadyMedium } from './support/media';
import { decide, newResident } from './support/story-flow';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';

/*
 * Every copy of a story's media (DESIGN §6: consent reaches every copy): exhibition items, the
 * curators' exports and the person's own export, and the rule that every public payload carries
 * only public `/media/…` URLs, never a presigned one into `private/`.
 */

const SITE = 'https://ruhr-stories.example';
const { kai } = PERSONAS;
let t: TestApp;
let author: Persona;
let story: Story;
let exhibitionId: string;
let unattachedId: string;
let imageId: string;
let audioId: string;
let callId: string;

const PRIVATE_MARKS = ['X-Amz-', 'private/', 'X-Amz-Signature'];

beforeAll(async () => {
  t = await createTestApp({ SITE_URL: SITE });
  author = newResident('copies');
  const image = await putReadyMedium(t, author, 'image');
  const audio = await putReadyMedium(t, author, 'audio');
  unattachedId = (await putReadyMedium(t, author, 'image')).id;
  imageId = image.id;
  audioId = audio.id;
  const media: StoryMediaInput[] = [
    {
      id: image.id,
      kind: 'image',
      alt: 'Die Waschkaue',
      caption: 'Kaue, 1971',
      credit: 'W. Kowalski',
    },
    { id: audio.id, kind: 'audio', transcript: 'Wir hängten die Kleider an die Decke.' },
  ];
  // The story answers a call, so the call's page is among the public payloads below.
  callId = (await publishedCall(t)).id;
  const res = await t.call('POST', '/api/stories', {
    as: author,
    body: {
      ...makeStoryInput({ media, consent: { ...makeStoryInput().consent, research: true } }),
      callId,
    },
  });
  expect(res.status).toBe(201);
  story = await decide(t, res.json.id, 'approve');
  expect((await t.call('PUT', `/api/curation/picks/${story.id}`, { as: kai })).status).toBe(200);
  exhibitionId = (await createExhibition(t)).id;
  await addItem(t, exhibitionId, story.id);
  const published = await t.call('POST', `/api/exhibitions/${exhibitionId}/publish`, { as: kai });
  expect(published.status).toBe(200);
});

describe('an exhibition item', () => {
  it('carries the story’s media with their public URLs', async () => {
    const res = await t.call('GET', `/api/exhibitions/${exhibitionId}`);
    expect(res.status).toBe(200);
    const [item] = res.json.items;
    expect(item.media).toEqual(story.media);
    expect(item.media[0]).toMatchObject({
      id: imageId,
      alt: 'Die Waschkaue',
      credit: 'W. Kowalski',
      variants: expect.arrayContaining([
        { width: 1600, type: 'image/jpeg', url: `/media/${imageId}/1600.jpg` },
      ]),
    });
    expect(item.media[1]).toMatchObject({ id: audioId, url: `/media/${audioId}/audio.webm` });
  });
});

describe('the curators’ exports', () => {
  const exportAs = (format: 'jsonld' | 'csv') =>
    t.call('GET', `/api/exhibitions/${exhibitionId}/export?format=${format}`, { as: kai });

  it('lists each medium in JSON-LD with its absolute public URL, licence, caption and transcript', async () => {
    const res = await exportAs('jsonld');
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.text);
    const [work] = doc.workFeatured;
    expect(work.associatedMedia).toEqual([
      {
        '@type': 'ImageObject',
        contentUrl: `${SITE}/media/${imageId}/1600.jpg`,
        thumbnailUrl: `${SITE}/media/${imageId}/480.jpg`,
        encodingFormat: 'image/jpeg',
        width: 1600,
        height: 1200,
        description: 'Die Waschkaue',
        caption: 'Kaue, 1971',
        creditText: 'W. Kowalski',
        license: 'https://creativecommons.org/licenses/by/4.0/',
      },
      {
        '@type': 'AudioObject',
        contentUrl: `${SITE}/media/${audioId}/audio.webm`,
        encodingFormat: 'audio/webm',
        duration: 'PT120S',
        transcript: 'Wir hängten die Kleider an die Decke.',
        creditText: story.authorName,
        license: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ]);
  });

  it('gives CSV columns for the photos’ and the recording’s URLs', async () => {
    const res = await exportAs('csv');
    const [header, row] = res.text.replace(/^\uFEFF/, '').split('\r\n');
    const columns = header!.split(',').map((cell) => cell.slice(1, -1));
    const cells = row!.split('","').map((cell) => cell.replace(/^"|"$/g, ''));
    const record = Object.fromEntries(columns.map((column, i) => [column, cells[i]]));
    expect(record).toMatchObject({
      license: 'CC-BY-4.0',
      imageUrls: `${SITE}/media/${imageId}/1600.jpg`,
      audioUrl: `${SITE}/media/${audioId}/audio.webm`,
    });
  });
});

describe('every public payload', () => {
  it('carries only public /media/ URLs: feed, story, short link, picks, exhibitions (kiosk), exports', async () => {
    const document = (await t.call('GET', '/api/openapi.json')).json;
    const publicGets = Object.entries(document.paths as Record<string, Record<string, any>>)
      .filter(([, item]) => item.get?.security?.some((s: object) => !Object.keys(s).length))
      .map(([path]) => path);
    const idFor = (path: string) =>
      path.startsWith('/api/exhibitions')
        ? exhibitionId
        : path.startsWith('/api/calls')
          ? callId
          : story.id;
    const fill = (path: string) =>
      path.replace('{code}', shortCodeOf(story.id)).replace('{id}', idFor(path));
    const filled = publicGets.map(fill);
    // A comment's replies are addressed by a comment id: comments carry no media.
    const withComment = filled.filter((path) => path.includes('{'));
    expect(withComment.every((path) => path.includes('{commentId}'))).toBe(true);
    const urls = [
      ...filled
        .filter((path) => !path.includes('{'))
        .map((path) => `${path}${path === '/api/stories' ? '?limit=50' : ''}`),
      `/api/exhibitions/${exhibitionId}/export?format=jsonld`,
      `/api/exhibitions/${exhibitionId}/export?format=csv`,
    ];
    expect(urls).toEqual(
      expect.arrayContaining(['/api/stories?limit=50', `/api/stories/${story.id}`, '/api/picks']),
    );
    let mediaSeen = 0;
    // Each as a visitor, and the curators' exports as a curator: the author's view is not public.
    for (const url of urls) {
      const res = await t.call('GET', url, { as: url.includes('/export') ? kai : undefined });
      expect(res.status, url).toBe(200);
      for (const mark of PRIVATE_MARKS) expect(res.text, `${url} has ${mark}`).not.toContain(mark);
      if (res.text.includes(`/media/${imageId}/`)) mediaSeen++;
    }
    // The feed, the story, the picks, the exhibition, the call's page and both exports show it.
    expect(mediaSeen).toBeGreaterThanOrEqual(7);
  });
});

describe('the person’s own data export', () => {
  it('gives each own story’s media at private URLs and lists every upload, attached or not', async () => {
    const res = await t.call('GET', '/api/me/export', { as: author });
    expect(res.status).toBe(200);
    const exported = PersonalDataExportSchema.parse(res.json);
    const [own] = exported.stories;
    const urls = own!.media.flatMap((m: StoryMedia) =>
      m.kind === 'audio' ? [m.url] : m.variants.map((v) => v.url),
    );
    expect(urls).toHaveLength(7);
    expect(urls.every((url) => url.includes('X-Amz-Signature') && url.includes('/private/'))).toBe(
      true,
    );
    expect(own!.media[1]).toMatchObject({ transcript: 'Wir hängten die Kleider an die Decke.' });
    expect(exported.media.map((m) => m.id).sort()).toEqual([imageId, audioId, unattachedId].sort());
    const unattached = exported.media.find((m) => m.id === unattachedId)!;
    expect(unattached).toMatchObject({ kind: 'image', status: 'ready', width: 2000, height: 1500 });
    expect(unattached).not.toHaveProperty('storyId');
    expect(Date.parse(unattached.expiresAt!)).toBeGreaterThan(Date.now());
    expect(unattached.url).toMatch(new RegExp(`/private/${unattachedId}/1600\\.jpg\\?`));
    expect(exported.media.find((m) => m.id === audioId)).toMatchObject({
      storyId: story.id,
      contentType: 'audio/webm',
      durationSeconds: 120,
    });
  });
});
