import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryMedia, StoryMediaInput } from '../shared/schemas/media';
import type { Story, StoryCard } from '../shared/schemas/story';
import { storiesContextOf } from '../functions/src/composition';
import { submitStory as submitCommand } from '../functions/src/stories/commands/submit-story';
import type { MediaLibrary } from '../functions/src/stories/ports';
import { mediaKeys } from '../functions/src/media/keys';
import { makeStoryInput } from './support/fixtures';
import { mediumItem, putReadyMedium } from './support/media';
import { decide, newModerator, newResident, readAllPages, submitStory } from './support/story-flow';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';

const { mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const photo = (id: string, alt = 'Förderturm im Nebel'): StoryMediaInput => ({
  id,
  kind: 'image',
  alt,
  caption: 'Zeche Hannover, 1968',
  credit: 'Familienalbum',
});
const recording = (id: string, transcript?: string): StoryMediaInput => ({
  id,
  kind: 'audio',
  caption: 'Opa erzählt',
  ...(transcript ? { transcript } : {}),
});
const submit = (as: Persona, media: StoryMediaInput[]) =>
  t.call('POST', '/api/stories', { as, body: makeStoryInput({ media }) });
const urlsOf = (media: StoryMedia[]) =>
  media.flatMap((m) => (m.kind === 'audio' ? [m.url] : m.variants.map((v) => v.url)));
const isPrivate = (url: string) => url.includes('X-Amz-Signature') && url.includes('/private/');

describe('a story’s photos and recording, sent in', () => {
  it('attaches the author’s own processed uploads in their order, with private URLs that work', async () => {
    const author = newResident('media');
    const image = await putReadyMedium(t, author, 'image', { files: true });
    const audio = await putReadyMedium(t, author, 'audio', { files: true });
    const res = await submit(author, [photo(image.id), recording(audio.id, 'Wir fuhren ein.')]);
    expect(res.status).toBe(201);
    const story = res.json as Story;
    expect(story.media.map((m) => [m.id, m.kind])).toEqual([
      [image.id, 'image'],
      [audio.id, 'audio'],
    ]);
    expect(story.media[0]).toMatchObject({ alt: 'Förderturm im Nebel', width: 2000, height: 1500 });
    expect(story.media[1]).toMatchObject({ transcript: 'Wir fuhren ein.', durationSeconds: 120 });
    expect(urlsOf(story.media)).toHaveLength(7);
    expect(urlsOf(story.media).every(isPrivate)).toBe(true);
    // The presigned URL fetches the private file from the bucket.
    const audioUrl = (story.media[1] as Extract<StoryMedia, { kind: 'audio' }>).url;
    const fetched = await fetch(audioUrl);
    expect(fetched.status).toBe(200);
    expect(await fetched.text()).toBe(`${audio.id}/audio.webm`);
    // Attached: it names the story and no longer expires.
    const item = await mediumItem(t, author, image.id);
    expect(item).toMatchObject({ storyId: story.id, entity: 'media' });
    expect(item).not.toHaveProperty('expiresAt');
  });

  it('refuses another person’s upload with 422 media-not-found, pointing at it', async () => {
    const author = newResident('media');
    const own = await putReadyMedium(t, author, 'image');
    const theirs = await putReadyMedium(t, newResident('other'), 'image');
    const res = await submit(author, [photo(own.id), photo(theirs.id)]);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.json).toMatchObject({ type: '/problems/media-not-found', pointer: '/media/1' });
    expect(res.json.errors).toEqual([{ path: 'media.1', message: expect.any(String) }]);
    // Nothing was written: the author's own upload is still unattached.
    expect(await mediumItem(t, author, own.id)).not.toHaveProperty('storyId');
  });

  it('refuses an unknown id, an upload not yet processed, and a kind that does not match', async () => {
    const author = newResident('media');
    const uploading = await putReadyMedium(t, author, 'image', { status: 'uploading' });
    const audio = await putReadyMedium(t, author, 'audio');
    const unknown = await submit(author, [photo('01JNOSUCHMEDIUM00000000000')]);
    expect(unknown.json).toMatchObject({
      status: 422,
      type: '/problems/media-not-found',
      pointer: '/media/0',
    });
    const unready = await submit(author, [photo(uploading.id)]);
    expect(unready.json).toMatchObject({ status: 422, type: '/problems/media-not-ready' });
    const mismatch = await submit(author, [photo(audio.id)]);
    expect(mismatch.json).toMatchObject({
      status: 422,
      type: '/problems/media-kind-mismatch',
      pointer: '/media/0',
    });
  });

  it('refuses an upload already in another of the author’s stories', async () => {
    const author = newResident('media');
    const image = await putReadyMedium(t, author, 'image');
    expect((await submit(author, [photo(image.id)])).status).toBe(201);
    const again = await submit(author, [photo(image.id)]);
    expect(again.json).toMatchObject({ status: 422, type: '/problems/media-not-found' });
  });

  it('refuses seven photos by the schema (400), before looking at any upload', async () => {
    const author = newResident('media');
    const seven = Array.from({ length: 7 }, (_, i) =>
      photo(`01JPHOTO${String(i).padStart(18, '0')}`),
    );
    const res = await t.call('POST', '/api/stories', {
      as: author,
      body: { ...makeStoryInput(), media: seven },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toContain('media');
  });

  it('answers 422 when the upload was attached elsewhere between the check and the write', async () => {
    const author = newResident('media');
    const image = await putReadyMedium(t, author, 'image');
    const context = storiesContextOf(t.deps);
    // The library checked the upload; before the story's transaction another story takes it.
    const racing: MediaLibrary = {
      ...context.mediaLibrary,
      async attach(...args) {
        const attached = await context.mediaLibrary.attach(...args);
        await t.deps.db.doc.send(
          new UpdateCommand({
            TableName: t.deps.db.tableName,
            Key: mediaKeys.medium(author.sub, image.id),
            UpdateExpression: 'SET storyId = :other',
            ExpressionAttributeValues: { ':other': '01JOTHERSTORY0000000000000' },
          }),
        );
        return attached;
      },
    };
    await t.tokenFor(author); // the author's profile, with a display name
    const input = { ...makeStoryInput(), media: [photo(image.id)] } as never;
    const result = await submitCommand({ ...context, mediaLibrary: racing }, author, input);
    expect(result).toEqual({ ok: false, reason: { media: 'media-not-found', index: 0 } });
  });
});

describe('a story’s media, edited', () => {
  it('adds, removes and clears them; a medium left out expires again like any upload', async () => {
    const author = newResident('media');
    const first = await putReadyMedium(t, author, 'image');
    const second = await putReadyMedium(t, author, 'image');
    const story = (await submit(author, [photo(first.id)])).json as Story;
    const edit = (body: unknown) =>
      t.call('PATCH', `/api/stories/${story.id}`, { as: author, body });

    const added = await edit({ media: [photo(first.id), photo(second.id, 'Die Kaue')] });
    expect(added.status).toBe(200);
    expect(added.json.media.map((m: StoryMedia) => m.id)).toEqual([first.id, second.id]);
    expect(await mediumItem(t, author, second.id)).toMatchObject({ storyId: story.id });

    // An edit without media keeps them.
    const retitled = await edit({ title: 'Die letzte Schicht, noch einmal' });
    expect(retitled.json.media.map((m: StoryMedia) => m.id)).toEqual([first.id, second.id]);

    const removed = await edit({ media: [photo(second.id, 'Die Kaue, neu beschrieben')] });
    expect(removed.json.media).toMatchObject([{ id: second.id, alt: 'Die Kaue, neu beschrieben' }]);
    const released = await mediumItem(t, author, first.id);
    expect(released).not.toHaveProperty('storyId');
    expect(released?.expiresAt).toBeGreaterThan(Date.now() / 1000);

    const cleared = await edit({ media: [] });
    expect(cleared.json.media).toEqual([]);
    expect(await mediumItem(t, author, second.id)).not.toHaveProperty('storyId');
    const reread = await t.call('GET', `/api/stories/${story.id}`, { as: author });
    expect(reread.json.media).toEqual([]);
  });

  it('refuses another person’s upload in an edit with 422, and changes nothing', async () => {
    const author = newResident('media');
    const own = await putReadyMedium(t, author, 'image');
    const theirs = await putReadyMedium(t, newResident('other'), 'image');
    const story = (await submit(author, [photo(own.id)])).json as Story;
    const res = await t.call('PATCH', `/api/stories/${story.id}`, {
      as: author,
      body: { media: [photo(theirs.id)] },
    });
    expect(res.json).toMatchObject({
      status: 422,
      type: '/problems/media-not-found',
      pointer: '/media/0',
    });
    const reread = await t.call('GET', `/api/stories/${story.id}`, { as: author });
    expect(reread.json.media.map((m: StoryMedia) => m.id)).toEqual([own.id]);
  });
});

describe('who sees which URLs', () => {
  let author: Persona;
  let story: Story;
  beforeAll(async () => {
    author = newResident('media');
    const image = await putReadyMedium(t, author, 'image');
    const audio = await putReadyMedium(t, author, 'audio');
    story = (await submit(author, [photo(image.id), recording(audio.id, 'Glück auf.')])).json;
  });

  it('gives the author and moderators private URLs (and the version) before publication, others a 404', async () => {
    for (const as of [author, mia]) {
      const res = await t.call('GET', `/api/stories/${story.id}`, { as });
      expect(res.status, as.sub).toBe(200);
      expect(urlsOf(res.json.media).every(isPrivate), as.sub).toBe(true);
      expect(res.json.version, as.sub).toBe(1);
    }
    for (const as of [undefined, PERSONAS.ben, kai]) {
      expect((await t.call('GET', `/api/stories/${story.id}`, { as })).status).toBe(404);
    }
    const queue = await readAllPages<{ id: string; story: Story }>(
      t,
      '/api/moderation/queue?kind=stories&limit=50',
      { as: mia },
    );
    const entry = queue.find((e) => e.id === story.id)!;
    expect(urlsOf(entry.story.media).every(isPrivate)).toBe(true);
  });

  it('gives everyone public /media/ URLs once published, and the feed card its thumbnail', async () => {
    const approved = await decide(t, story.id, 'approve');
    expect(urlsOf(approved.media).every((url) => url.startsWith('/media/'))).toBe(true);
    for (const as of [undefined, author, mia, kai]) {
      const res = await t.call('GET', `/api/stories/${story.id}`, { as });
      expect(res.status).toBe(200);
      const urls = urlsOf(res.json.media);
      expect(urls).toHaveLength(7);
      expect(urls.every((url) => /^\/media\/[0-9A-Z]{26}\/[\w.]+$/.test(url))).toBe(true);
      expect(res.json).not.toHaveProperty('version');
    }
    const plain = await submitStory(t, author, { title: 'Ohne Bilder' });
    await decide(t, plain.id, 'approve');
    const feed = await readAllPages<StoryCard>(t, '/api/stories?limit=50');
    const card = feed.find((c) => c.id === story.id)!;
    const image = story.media[0]!;
    expect(card.thumbnail).toEqual({
      alt: 'Förderturm im Nebel',
      width: 480,
      height: 360,
      variants: [
        { width: 480, type: 'image/webp', url: `/media/${image.id}/480.webp` },
        { width: 480, type: 'image/jpeg', url: `/media/${image.id}/480.jpg` },
      ],
    });
    expect(feed.find((c) => c.id === plain.id)).not.toHaveProperty('thumbnail');
  });
});

describe('transcripts', () => {
  const transcriptOf = (id: string, mediaId: string, as: Persona | undefined, body: unknown) =>
    t.call('PUT', `/api/moderation/stories/${id}/media/${mediaId}/transcript`, { as, body });

  it('refuses to publish a recording without a transcript (409 transcript-required)', async () => {
    const author = newResident('voice');
    const audio = await putReadyMedium(t, author, 'audio');
    const story = (await submit(author, [recording(audio.id)])).json as Story;
    const res = await t.call('POST', `/api/moderation/stories/${story.id}/decision`, {
      as: mia,
      body: { decision: 'approve' },
    });
    expect(res.status).toBe(409);
    expect(res.json.type).toBe('/problems/transcript-required');
    // Other decisions need no transcript.
    expect((await decide(t, story.id, 'request-changes', 'Bitte kürzer.')).status).toBe(
      'changes-requested',
    );
    // The author writes one in the story form: then it can be approved.
    const edited = await t.call('PATCH', `/api/stories/${story.id}`, {
      as: author,
      body: { media: [recording(audio.id, 'Ich war sechzehn, als ich anfing.')] },
    });
    expect(edited.status).toBe(200);
    expect((await decide(t, story.id, 'approve')).media[0]).toMatchObject({
      transcript: 'Ich war sechzehn, als ich anfing.',
      url: `/media/${audio.id}/audio.webm`,
    });
  });

  it('lets a moderator write it while the story waits, logged as transcript-edited', async () => {
    const author = newResident('voice');
    const image = await putReadyMedium(t, author, 'image');
    const audio = await putReadyMedium(t, author, 'audio');
    const story = (await submit(author, [photo(image.id), recording(audio.id)])).json as Story;
    const body = { transcript: 'Morgens um fünf\nging es los.', version: 1 };

    expect((await transcriptOf(story.id, audio.id, undefined, body)).status).toBe(401);
    for (const as of [PERSONAS.ben, kai, author]) {
      expect((await transcriptOf(story.id, audio.id, as, body)).status, as.sub).toBe(403);
    }
    // Authorization before validation: a resident's bad body is a 403 too, a moderator's a 400.
    expect((await transcriptOf(story.id, audio.id, PERSONAS.ben, { x: 1 })).status).toBe(403);
    expect((await transcriptOf(story.id, audio.id, mia, { transcript: '' })).status).toBe(400);
    expect((await transcriptOf(story.id, image.id, mia, body)).status).toBe(404);
    expect((await transcriptOf('01JNOSUCHSTORY000000000000', audio.id, mia, body)).status).toBe(
      404,
    );
    // A moderator never acts on their own story.
    const moderator = newModerator('voice');
    const ownAudio = await putReadyMedium(t, moderator, 'audio');
    const own = (await submit(moderator, [recording(ownAudio.id)])).json as Story;
    const ownRes = await transcriptOf(own.id, ownAudio.id, moderator, body);
    expect(ownRes.status).toBe(403);
    expect(ownRes.json.type).toBe('/problems/own-item');

    const res = await transcriptOf(story.id, audio.id, mia, body);
    expect(res.status).toBe(200);
    expect(res.json.version).toBe(2);
    expect(res.json.media[1]).toMatchObject({ id: audio.id, transcript: body.transcript });
    expect(urlsOf(res.json.media).every(isPrivate)).toBe(true);
    // The version moved: the same edit again is a conflict.
    const stale = await transcriptOf(story.id, audio.id, mia, body);
    expect(stale.status).toBe(409);
    expect(stale.json.type).toBe('/problems/state-conflict');

    const log = await t.call('GET', `/api/moderation/log/${story.id}`, { as: mia });
    expect(log.json.items[0]).toMatchObject({
      decision: 'transcript-edited',
      entityId: story.id,
      fromStatus: 'pending',
      toStatus: 'pending',
      actorSub: mia.sub,
    });
    // Still waiting in the queue, and now it can be approved.
    const approved = await decide(t, story.id, 'approve');
    expect(approved.media[1]).toMatchObject({ transcript: body.transcript });
    // Once published it is no longer a moderator's to change.
    const late = await transcriptOf(story.id, audio.id, mia, { ...body, version: 3 });
    expect(late.status).toBe(409);
  });
});
