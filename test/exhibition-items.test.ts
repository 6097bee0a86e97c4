import { beforeAll, describe, expect, it } from 'vitest';
import type { ExhibitionItem } from '../shared/schemas/curation';
import { makeStoryInput } from './support/fixtures';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { newResident, publishStory, submitStory } from './support/story-flow';
import { addItem, createExhibition, getExhibition } from './support/curation-flow';

const { anna, mia, kai } = PERSONAS;
const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
const NOT_CURATORS: [string, Persona][] = [
  ['a resident', anna],
  ['a moderator', mia],
];
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const post = (exhibitionId: string, body: unknown, as?: Persona) =>
  t.call('POST', `/api/exhibitions/${exhibitionId}/items`, { as, body });
const order = (exhibitionId: string, storyIds: string[], as?: Persona) =>
  t.call('PUT', `/api/exhibitions/${exhibitionId}/items`, { as, body: { storyIds } });
const remove = (exhibitionId: string, storyId: string, as?: Persona) =>
  t.call('DELETE', `/api/exhibitions/${exhibitionId}/items/${storyId}`, { as });
const itemIds = async (id: string) =>
  ((await getExhibition(t, id, kai)).json.items as ExhibitionItem[]).map((i) => i.storyId);
const consentless = () => ({ ...makeStoryInput().consent, exhibition: false });

describe('POST /api/exhibitions/{id}/items', () => {
  it('refuses anonymous callers (401), residents and moderators (403)', async () => {
    const ex = await createExhibition(t);
    const story = await publishStory(t, newResident('item'));
    expect((await post(ex.id, { storyId: story.id })).status).toBe(401);
    for (const [, as] of NOT_CURATORS) {
      expect((await post(ex.id, { storyId: story.id }, as)).status).toBe(403);
    }
  });

  it('answers 404 for an unknown exhibition, an unknown story, or a pending one', async () => {
    const ex = await createExhibition(t);
    const story = await publishStory(t, newResident('item'));
    const pending = await submitStory(t, newResident('item'));
    const cases: [string, string, RegExp][] = [
      [UNKNOWN, story.id, /exhibition/],
      [ex.id, UNKNOWN, /story/],
      [ex.id, pending.id, /story/],
    ];
    for (const [exhibitionId, storyId, what] of cases) {
      const res = await post(exhibitionId, { storyId }, kai);
      expect(res.status).toBe(404);
      expect(res.json.detail).toMatch(what);
    }
  });

  it('answers 400 without a story id or with a caption lacking German', async () => {
    const ex = await createExhibition(t);
    for (const body of [{}, { storyId: UNKNOWN, caption: { en: 'Only English' } }]) {
      expect((await post(ex.id, body, kai)).status).toBe(400);
    }
  });

  it('refuses a story whose author did not consent to exhibition use (409)', async () => {
    const ex = await createExhibition(t);
    const story = await publishStory(t, newResident('item'), { consent: consentless() });
    const res = await post(ex.id, { storyId: story.id }, kai);
    expect(res.status).toBe(409);
    expect(res.json.type).toMatch(/no-exhibition-consent$/);
    expect((await getExhibition(t, ex.id, kai)).json).toMatchObject({ itemCount: 0, items: [] });
  });

  it('refuses a story that is not published (409) and one already in (409)', async () => {
    const ex = await createExhibition(t);
    const writer: Persona = { ...newResident('curator-author'), groups: ['curators'] };
    const own = await submitStory(t, writer);
    const unpublished = await post(ex.id, { storyId: own.id }, writer);
    expect(unpublished.status).toBe(409);
    expect(unpublished.json.type).toMatch(/not-published$/);
    const story = await publishStory(t, newResident('item'));
    await addItem(t, ex.id, story.id);
    const twice = await post(ex.id, { storyId: story.id }, kai);
    expect(twice.status).toBe(409);
    expect(twice.json.type).toMatch(/already-in-exhibition$/);
  });

  it('adds a snapshot with everything a kiosk shows, as the author chose it', async () => {
    const ex = await createExhibition(t);
    const named = await publishStory(t, newResident('kiosk'), {
      title: 'Unter Tage',
      body: 'Erster Absatz über die Grube.\n\nZweiter Absatz über die Kumpel und den Staub.',
      contentWarnings: ['accident'],
      consent: { ...makeStoryInput().consent, license: 'CC-BY-SA-4.0' },
    });
    const anonymous = await publishStory(t, newResident('kiosk'), {
      attribution: 'anonymous',
      place: { name: 'Zuhause', lat: 51.4, lng: 7.2, precision: 'hidden' },
    });
    const res = await post(
      ex.id,
      { storyId: named.id, caption: { de: 'Ein Bild', en: 'A picture' } },
      kai,
    );
    expect(res.status).toBe(201);
    expect(res.json).toEqual({
      storyId: named.id,
      position: 1,
      title: 'Unter Tage',
      body: 'Erster Absatz über die Grube.\n\nZweiter Absatz über die Kumpel und den Staub.',
      authorName: named.authorName,
      attribution: 'name',
      place: { name: 'Bochum-Hordel', lat: 51.5, lng: 7.18, precision: 'neighbourhood' },
      period: { from: 1960, to: 1973, label: 'Mitte der 60er' },
      language: 'de',
      themes: ['colliery'],
      contentWarnings: ['accident'],
      license: 'CC-BY-SA-4.0',
      caption: { de: 'Ein Bild', en: 'A picture' },
      // No photos or recording: the story-media tests cover those.
      media: [],
      addedAt: expect.any(String),
      publishedAt: named.publishedAt,
    });
    const second = await addItem(t, ex.id, anonymous.id);
    expect(second).toMatchObject({ position: 2, authorName: null, attribution: 'anonymous' });
    expect(second.place).toBeUndefined();
    expect((await getExhibition(t, ex.id, kai)).json.itemCount).toBe(2);
  });

  it('shows the items in order in the exhibition page, for one Query', async () => {
    const ex = await createExhibition(t);
    const stories = [];
    for (let i = 0; i < 3; i++) stories.push(await publishStory(t, newResident('page')));
    for (const story of stories) await addItem(t, ex.id, story.id);
    t.requests.reset();
    const res = await getExhibition(t, ex.id, kai);
    expect(t.requests.sent()).toEqual(['Query']);
    expect(res.json.items.map((i: ExhibitionItem) => [i.storyId, i.position])).toEqual(
      stories.map((s, index) => [s.id, index + 1]),
    );
  });
});

describe('PUT /api/exhibitions/{id}/items', () => {
  it('refuses anonymous callers (401), residents and moderators (403), unknown ids (404)', async () => {
    const ex = await createExhibition(t);
    expect((await order(ex.id, [])).status).toBe(401);
    for (const [, as] of NOT_CURATORS) expect((await order(ex.id, [], as)).status).toBe(403);
    expect((await order(UNKNOWN, [], kai)).status).toBe(404);
  });

  it('sets the order, and a story added later goes last', async () => {
    const ex = await createExhibition(t);
    const [a, b, c, d] = await Promise.all(
      [1, 2, 3, 4].map(() => publishStory(t, newResident('order'))),
    );
    for (const story of [a!, b!, c!]) await addItem(t, ex.id, story.id);
    const res = await order(ex.id, [c!.id, a!.id, b!.id], kai);
    expect(res.status).toBe(200);
    expect(res.json.items.map((i: ExhibitionItem) => i.storyId)).toEqual([c!.id, a!.id, b!.id]);
    expect(await itemIds(ex.id)).toEqual([c!.id, a!.id, b!.id]);
    const added = await addItem(t, ex.id, d!.id);
    expect(added.position).toBe(4);
    expect(await itemIds(ex.id)).toEqual([c!.id, a!.id, b!.id, d!.id]);
  });

  it('refuses a list that is not exactly the stories it holds (400)', async () => {
    const ex = await createExhibition(t);
    const [a, b] = await Promise.all([1, 2].map(() => publishStory(t, newResident('order'))));
    await addItem(t, ex.id, a!.id);
    await addItem(t, ex.id, b!.id);
    for (const storyIds of [[a!.id], [a!.id, b!.id, UNKNOWN], [a!.id, a!.id], [b!.id, UNKNOWN]]) {
      const res = await order(ex.id, storyIds, kai);
      expect(res.status, JSON.stringify(storyIds)).toBe(400);
      expect(res.json.errors[0].path).toBe('storyIds');
    }
    expect(await itemIds(ex.id)).toEqual([a!.id, b!.id]);
  });
});

describe('DELETE /api/exhibitions/{id}/items/{storyId}', () => {
  it('refuses anonymous callers (401), residents and moderators (403), absent items (404)', async () => {
    const ex = await createExhibition(t);
    const story = await publishStory(t, newResident('remove'));
    await addItem(t, ex.id, story.id);
    expect((await remove(ex.id, story.id)).status).toBe(401);
    for (const [, as] of NOT_CURATORS) expect((await remove(ex.id, story.id, as)).status).toBe(403);
    const other = await publishStory(t, newResident('remove'));
    for (const [exhibitionId, storyId] of [
      [ex.id, other.id],
      [UNKNOWN, story.id],
      [ex.id, 'nope'],
    ]) {
      expect((await remove(exhibitionId!, storyId!, kai)).status).toBe(404);
    }
  });

  it('takes the story out, counts it off, and lets it be added again', async () => {
    const ex = await createExhibition(t);
    const story = await publishStory(t, newResident('remove'));
    await addItem(t, ex.id, story.id);
    const res = await remove(ex.id, story.id, kai);
    expect(res.status).toBe(200);
    expect((await getExhibition(t, ex.id, kai)).json).toMatchObject({ itemCount: 0, items: [] });
    expect((await remove(ex.id, story.id, kai)).status).toBe(404);
    await addItem(t, ex.id, story.id);
    expect(await itemIds(ex.id)).toEqual([story.id]);
  });
});

describe('PATCH /api/exhibitions/{id}/items/{storyId}', () => {
  const caption = (exhibitionId: string, storyId: string, body: unknown, as?: Persona) =>
    t.call('PATCH', `/api/exhibitions/${exhibitionId}/items/${storyId}`, { as, body });

  it('refuses anonymous callers (401), residents and moderators (403) before reading the body', async () => {
    const ex = await createExhibition(t);
    const story = await publishStory(t, newResident('caption'));
    await addItem(t, ex.id, story.id);
    expect((await caption(ex.id, story.id, { caption: 5 })).status).toBe(401);
    for (const [, as] of NOT_CURATORS) {
      expect((await caption(ex.id, story.id, { caption: 5 }, as)).status).toBe(403);
    }
  });

  it('rewrites the caption of a story in the exhibition, and removes it with null', async () => {
    const ex = await createExhibition(t);
    const first = await publishStory(t, newResident('caption'));
    const story = await publishStory(t, newResident('caption'));
    await addItem(t, ex.id, first.id);
    await addItem(t, ex.id, story.id, { de: 'Erster Text' });
    const res = await caption(ex.id, story.id, { caption: { de: 'Neu', en: 'New' } }, kai);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      storyId: story.id,
      position: 2,
      caption: { de: 'Neu', en: 'New' },
    });
    const read = (await getExhibition(t, ex.id, kai)).json.items as ExhibitionItem[];
    expect(read.find((i) => i.storyId === story.id)?.caption).toEqual({ de: 'Neu', en: 'New' });

    const cleared = await caption(ex.id, story.id, { caption: null }, kai);
    expect(cleared.status).toBe(200);
    expect(cleared.json.caption).toBeUndefined();
    const again = (await getExhibition(t, ex.id, kai)).json.items as ExhibitionItem[];
    expect(again.find((i) => i.storyId === story.id)?.caption).toBeUndefined();
  });

  it('answers 404 for a story not in the exhibition and 400 for a caption without German', async () => {
    const ex = await createExhibition(t);
    const story = await publishStory(t, newResident('caption'));
    expect((await caption(ex.id, story.id, { caption: { de: 'Text' } }, kai)).status).toBe(404);
    expect((await caption(UNKNOWN, story.id, { caption: { de: 'Text' } }, kai)).status).toBe(404);
    await addItem(t, ex.id, story.id);
    for (const body of [{}, { caption: { en: 'Only English' } }, { caption: null, storyId: 'x' }]) {
      expect((await caption(ex.id, story.id, body, kai)).status, JSON.stringify(body)).toBe(400);
    }
    await remove(ex.id, story.id, kai);
    expect((await caption(ex.id, story.id, { caption: { de: 'Text' } }, kai)).status).toBe(404);
    // Not revived by the caption: still out of the exhibition.
    expect(await itemIds(ex.id)).toEqual([]);
  });
});
