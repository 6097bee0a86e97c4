import { beforeAll, describe, expect, it } from 'vitest';
import type { CuratorNotice, ExhibitionItem, MuseumPick } from '../shared/schemas/curation';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { decide, newResident, publishStory, readAllPages, submitStory } from './support/story-flow';
import {
  addItem,
  createExhibition,
  getExhibition,
  publishedExhibition,
} from './support/curation-flow';

const { anna, ben, mia, kai } = PERSONAS;
const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const consent = (id: string, body: unknown, as?: Persona) =>
  t.call('PATCH', `/api/stories/${id}/consent`, { as, body });
const notices = () => readAllPages<CuratorNotice>(t, '/api/curation/notices?limit=50', { as: kai });
const pickIds = async () =>
  (await readAllPages<MuseumPick>(t, '/api/picks?limit=50')).map((p) => p.id);
const contents = async (exhibitionId: string) => {
  const { json } = await getExhibition(t, exhibitionId, kai);
  return { count: json.itemCount, ids: json.items.map((i: ExhibitionItem) => i.storyId) };
};

/** A published story by a new author, in two exhibitions (one published, one draft) and picked. */
async function storyOnShow(label: string) {
  const author = newResident(label);
  const story = await publishStory(t, author, { title: `Geschichte ${label}` });
  const shown = await publishedExhibition(t, { title: { de: 'Glück auf' } });
  const draft = await createExhibition(t, { title: { de: 'In Vorbereitung' } });
  const neighbour = await publishStory(t, newResident(label));
  for (const ex of [shown, draft]) {
    await addItem(t, ex.id, story.id);
    await addItem(t, ex.id, neighbour.id);
  }
  expect((await t.call('PUT', `/api/curation/picks/${story.id}`, { as: kai })).status).toBe(200);
  return { author, story, exhibitions: [shown, draft], neighbour };
}

describe('PATCH /api/stories/{id}/consent', () => {
  it('refuses an anonymous caller with 401', async () => {
    const story = await publishStory(t, newResident('consent'));
    expect((await consent(story.id, { research: true })).status).toBe(401);
  });

  it('answers 404 for an unknown story and for a pending one of someone else', async () => {
    const pending = await submitStory(t, newResident('consent'));
    for (const id of [UNKNOWN, pending.id]) {
      expect((await consent(id, { research: true }, ben)).status).toBe(404);
    }
  });

  it.each([
    ['another resident', ben],
    ['a moderator', mia],
    ['a curator', kai],
  ])('refuses %s with 403', async (_, persona) => {
    const story = await publishStory(t, newResident('consent'));
    const res = await consent(story.id, { exhibition: false }, persona);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it('refuses bodies that change nothing or more than consent (400)', async () => {
    const author = newResident('consent');
    const story = await publishStory(t, author);
    const bodies = [
      {},
      { online: true },
      { exhibition: 'no' },
      { license: 'CC0-1.0' },
      { online: false, research: true },
    ];
    for (const body of bodies) {
      const res = await consent(story.id, body, author);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('answers 409 on a withdrawn story', async () => {
    const author = newResident('consent');
    const story = await publishStory(t, author);
    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    const res = await consent(story.id, { research: true }, author);
    expect(res.status).toBe(409);
  });

  it('changes research consent at any time, also before publication', async () => {
    const author = newResident('consent');
    const pending = await submitStory(t, author);
    const res = await consent(pending.id, { research: true }, author);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: pending.id, status: 'pending', isOwn: true });
    expect(res.json.consent).toMatchObject({ research: true, exhibition: true, online: true });
    const read = await t.call('GET', `/api/stories/${pending.id}`, { as: author });
    expect(read.json.consent.research).toBe(true);
  });

  it('withdrawing exhibition consent takes the story out of every exhibition, in one transaction', async () => {
    const { author, story, exhibitions, neighbour } = await storyOnShow('leave');
    t.requests.reset();
    const res = await consent(story.id, { exhibition: false }, author);
    expect(res.status).toBe(200);
    expect(res.json.consent).toMatchObject({ exhibition: false });
    expect(t.requests.sent().filter((r) => r === 'TransactWriteItems')).toHaveLength(1);
    for (const ex of exhibitions) {
      expect(await contents(ex.id)).toEqual({ count: 1, ids: [neighbour.id] });
    }
    const publicPage = await getExhibition(t, exhibitions[0]!.id);
    expect(publicPage.json.items.map((i: ExhibitionItem) => i.storyId)).toEqual([neighbour.id]);
    // Still online (and still a pick): only the exhibition use was withdrawn.
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(200);
    expect(await pickIds()).toContain(story.id);
    // And it cannot come back until the author consents again.
    const again = await t.call('POST', `/api/exhibitions/${exhibitions[0]!.id}/items`, {
      as: kai,
      body: { storyId: story.id },
    });
    expect(again.status).toBe(409);
    expect((await consent(story.id, { exhibition: true }, author)).status).toBe(200);
    await addItem(t, exhibitions[0]!.id, story.id);
  });

  it('also takes it out of an exhibition a curator added it to meanwhile', async () => {
    // The race that matters: a curator adds the story between the author's read and write. Local
    // DynamoDB cannot interleave on cue, so the curator's request is sent at exactly that moment.
    const { author, story, exhibitions } = await storyOnShow('race');
    const late = await createExhibition(t, { title: { de: 'Später' } });
    let raced: number | undefined;
    t.deps.db.doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && raced === undefined) {
          raced = 0;
          raced = (
            await t.call('POST', `/api/exhibitions/${late.id}/items`, {
              as: kai,
              body: { storyId: story.id },
            })
          ).status;
        }
        return next(args);
      },
      { step: 'initialize', name: 'curatorRace' },
    );
    try {
      expect((await consent(story.id, { exhibition: false }, author)).status).toBe(200);
    } finally {
      t.deps.db.doc.middlewareStack.remove('curatorRace');
    }
    expect(raced).toBe(201);
    for (const ex of [...exhibitions, late]) {
      expect((await contents(ex.id)).ids).not.toContain(story.id);
    }
    expect((await contents(late.id)).count).toBe(0);
    const notice = (await notices()).find((n) => n.storyId === story.id)!;
    expect(notice.exhibitions.map((e) => e.id).sort()).toEqual(
      [...exhibitions, late].map((e) => e.id).sort(),
    );
  });

  it('tells the curators, naming the story and the exhibitions affected', async () => {
    const first = await storyOnShow('notice-a');
    const second = await storyOnShow('notice-b');
    await consent(first.story.id, { exhibition: false }, first.author);
    await consent(second.story.id, { exhibition: false }, second.author);
    const list = await notices();
    const mine = list.filter((n) => [first.story.id, second.story.id].includes(n.storyId));
    expect(mine.map((n) => n.storyId)).toEqual([second.story.id, first.story.id]);
    expect(mine[1]).toMatchObject({
      kind: 'exhibition-consent-withdrawn',
      storyTitle: 'Geschichte notice-a',
      at: expect.any(String),
    });
    expect(mine[1]!.exhibitions).toEqual(
      expect.arrayContaining(first.exhibitions.map((ex) => ({ id: ex.id, title: ex.title }))),
    );
    expect(mine[1]!.exhibitions).toHaveLength(2);
  });

  it('leaves no notice when the story was in no exhibition', async () => {
    const author = newResident('quiet');
    const story = await publishStory(t, author);
    expect((await consent(story.id, { exhibition: false }, author)).status).toBe(200);
    expect((await notices()).map((n) => n.storyId)).not.toContain(story.id);
  });

  it('online: false withdraws the story from everything', async () => {
    const { author, story, exhibitions } = await storyOnShow('offline');
    const res = await consent(story.id, { online: false }, author);
    expect(res.status).toBe(200);
    expect(res.json.status).toBe('withdrawn');
    for (const ex of exhibitions) expect((await contents(ex.id)).ids).not.toContain(story.id);
    expect(await pickIds()).not.toContain(story.id);
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(404);
  });
});

describe('GET /api/curation/notices', () => {
  it('is for curators only: 401 anonymous, 403 residents and moderators', async () => {
    expect((await t.call('GET', '/api/curation/notices')).status).toBe(401);
    for (const as of [anna, mia]) {
      expect((await t.call('GET', '/api/curation/notices', { as })).status).toBe(403);
    }
    expect((await t.call('GET', '/api/curation/notices?cursor=x.y', { as: kai })).status).toBe(400);
  });
});

describe('a story leaving publication', () => {
  it('leaves every exhibition and the picks when its author withdraws it', async () => {
    const { author, story, exhibitions, neighbour } = await storyOnShow('withdraw');
    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    for (const ex of exhibitions) {
      expect(await contents(ex.id)).toEqual({ count: 1, ids: [neighbour.id] });
    }
    expect(await pickIds()).not.toContain(story.id);
  });

  it('tells the curators when its author withdraws it from a published exhibition', async () => {
    const author = newResident();
    const story = await publishStory(t, author);
    const exhibition = await publishedExhibition(t);
    await addItem(t, exhibition.id, story.id);
    expect((await contents(exhibition.id)).ids).toEqual([story.id]);
    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    const shown = await t.call('GET', `/api/exhibitions/${exhibition.id}`);
    expect(shown.json.items.map((i: { storyId: string }) => i.storyId)).not.toContain(story.id);
    const notices = await t.call('GET', '/api/curation/notices?limit=50', { as: kai });
    expect(notices.json.items).toContainEqual(
      expect.objectContaining({ kind: 'story-withdrawn', storyId: story.id }),
    );
  });

  it('leaves every exhibition and the picks when a moderator hides it', async () => {
    const { story, exhibitions, neighbour } = await storyOnShow('hide');
    await decide(t, story.id, 'hide', 'Persönliche Daten');
    for (const ex of exhibitions) {
      expect(await contents(ex.id)).toEqual({ count: 1, ids: [neighbour.id] });
    }
    expect(await pickIds()).not.toContain(story.id);
    // Restored, it is online again, but the museum decides anew about showing it.
    await decide(t, story.id, 'restore');
    expect(await pickIds()).not.toContain(story.id);
    await addItem(t, exhibitions[0]!.id, story.id);
  });
});
