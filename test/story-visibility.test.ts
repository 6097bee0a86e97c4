import { beforeAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../shared/schemas/problem';
import type { Story } from '../shared/schemas/story';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { decide, newResident, publishStory, submitStory } from './support/story-flow';

const { anna, ben, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const EXACT = { lat: 51.48765, lng: 7.21634 };
const place = (precision: 'exact' | 'neighbourhood' | 'city' | 'hidden') => ({
  name: 'Bochum-Hamme',
  ...EXACT,
  precision,
});

const get = (id: string, as?: Persona) => t.call('GET', `/api/stories/${id}`, { as });

describe('GET /api/stories/{id} of a published story', () => {
  let story: Story;
  beforeAll(async () => {
    story = await publishStory(t, anna, { title: 'Kohlenstaub auf der Wäscheleine' });
  });

  it.each([
    ['an anonymous visitor', undefined],
    ['another resident', ben],
    ['the author', anna],
    ['a moderator', mia],
    ['a curator', kai],
  ])('shows it to %s', async (_, persona) => {
    const res = await get(story.id, persona);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: story.id,
      status: 'published',
      title: 'Kohlenstaub auf der Wäscheleine',
      authorName: anna.name,
    });
  });

  it('marks it as their own only for the author', async () => {
    expect((await get(story.id, anna)).json.isOwn).toBe(true);
    expect((await get(story.id, ben)).json.isOwn).toBe(false);
    expect((await get(story.id, mia)).json.isOwn).toBe(false);
    expect((await get(story.id)).json.isOwn).toBe(false);
  });

  it('shows the moderator decision only to the author and moderators', async () => {
    expect((await get(story.id, anna)).json.lastDecision).toMatchObject({ decision: 'approve' });
    expect((await get(story.id, mia)).json.lastDecision).toMatchObject({ decision: 'approve' });
    expect((await get(story.id, ben)).json).not.toHaveProperty('lastDecision');
    expect((await get(story.id)).json).not.toHaveProperty('lastDecision');
    expect((await get(story.id, kai)).json).not.toHaveProperty('lastDecision');
  });

  it('comes with its first page of comments', async () => {
    const res = await get(story.id);
    expect(res.json.comments).toEqual({ items: [], nextCursor: null });
  });

  it('tells a signed-in caller whether they support it and whether it is theirs', async () => {
    const other = newResident('viewer');
    expect((await get(story.id)).json).not.toHaveProperty('viewer');
    expect((await get(story.id, anna)).json.viewer).toEqual({ voted: false, isAuthor: true });
    expect((await get(story.id, other)).json.viewer).toEqual({ voted: false, isAuthor: false });
    expect((await t.call('PUT', `/api/stories/${story.id}/vote`, { as: other })).status).toBe(200);
    expect((await get(story.id, other)).json.viewer).toEqual({ voted: true, isAuthor: false });
    expect((await t.call('DELETE', `/api/stories/${story.id}/vote`, { as: other })).status).toBe(
      200,
    );
    expect((await get(story.id, other)).json.viewer).toEqual({ voted: false, isAuthor: false });
  });

  // The caller's vote item is in the story's partition but outside the page's `STORY` range, so
  // a signed-in caller costs one GetItem beside the Query, sent in parallel (docs/data-model.md).
  it('costs one Query for a visitor, and one Query with a parallel GetItem when signed in', async () => {
    t.requests.reset();
    expect((await get(story.id)).status).toBe(200);
    expect(t.requests.sent()).toEqual(['Query']);
    t.requests.reset();
    expect((await get(story.id, anna)).status).toBe(200);
    expect(t.requests.sent().sort()).toEqual(['GetItem', 'Query']);
  });
});

describe('GET /api/stories/{id} of a story that is not published', () => {
  const cases: [string, (t: TestApp, id: string) => Promise<unknown>][] = [
    ['pending', async () => undefined],
    ['rejected', (t, id) => decide(t, id, 'reject', 'Das ist keine Erinnerung, sondern Werbung.')],
    ['changes-requested', (t, id) => decide(t, id, 'request-changes', 'Bitte ohne Nachnamen.')],
    [
      'hidden',
      async (t, id) => {
        await decide(t, id, 'approve');
        return decide(t, id, 'hide', 'Gemeldet wegen persönlicher Daten.');
      },
    ],
  ];

  describe.each(cases)('%s', (status, reach) => {
    const author = newResident(`author-${status}`);
    let id: string;
    beforeAll(async () => {
      id = (await submitStory(t, author)).id;
      await reach(t, id);
    });

    it.each([
      ['the author', author],
      ['a moderator', mia],
    ])('shows it to %s', async (_, persona) => {
      const res = await get(id, persona);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ id, status });
    });

    it.each([
      ['an anonymous visitor', undefined],
      ['another resident', ben],
      ['a curator', kai],
    ])('answers 404, not 403, to %s', async (_, persona) => {
      const res = await get(id, persona);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch('application/problem+json');
      expect(res.text).not.toContain('Die letzte Schicht');
    });
  });

  it('tells the author why it was rejected', async () => {
    const author = newResident('rejected-reason');
    const { id } = await submitStory(t, author);
    await decide(t, id, 'reject', 'Bitte erzählen Sie die Geschichte selbst.');
    const res = await get(id, author);
    expect(res.json.lastDecision).toMatchObject({
      decision: 'reject',
      reason: 'Bitte erzählen Sie die Geschichte selbst.',
    });
  });
});

describe('GET /api/stories/{id} of a story its author withdrew', () => {
  it('is gone for everyone else, moderators included: 404 and out of the feed', async () => {
    const author = newResident('withdrawn');
    const { id } = await publishStory(t, author);
    expect((await t.call('DELETE', `/api/stories/${id}`, { as: author })).status).toBe(200);
    for (const persona of [undefined, ben, kai, mia]) {
      const res = await get(id, persona);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('Die letzte Schicht');
      const comments = await t.call('GET', `/api/stories/${id}/comments`, { as: persona });
      expect(comments.status).toBe(404);
    }
    expect((await get(id, author)).json.status).toBe('withdrawn');
    const feed = await t.call('GET', '/api/stories?limit=50');
    expect(feed.json.items.map((card: { id: string }) => card.id)).not.toContain(id);
  });
});

describe('GET /api/stories/{id} of an unknown id', () => {
  it('answers a 404 problem', async () => {
    const res = await get('01JZZZZZZZZZZZZZZZZZZZZZZZ', anna);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
    expect(ProblemSchema.parse(res.json)).toMatchObject({ status: 404, title: 'Not Found' });
  });
});

describe('the place of a story', () => {
  const author = newResident('place');
  const stories: Record<string, string> = {};
  beforeAll(async () => {
    for (const precision of ['exact', 'neighbourhood', 'city', 'hidden'] as const) {
      stories[precision] = (await publishStory(t, author, { place: place(precision) })).id;
    }
  });

  it.each([
    ['the author', author],
    ['a moderator', mia],
  ])('is exact for %s whatever the precision', async (_, persona) => {
    for (const precision of ['exact', 'neighbourhood', 'city', 'hidden'] as const) {
      const res = await get(stories[precision]!, persona);
      expect(res.json.place).toEqual(place(precision));
    }
  });

  it.each([
    ['an anonymous visitor', undefined],
    ['another resident', ben],
    ['a curator', kai],
  ])('is coarsened to the chosen precision for %s', async (_, persona) => {
    expect((await get(stories.exact!, persona)).json.place).toEqual(place('exact'));
    // Bochum-Hamme is no district of the gazetteer, so the public sees the city it names.
    expect((await get(stories.neighbourhood!, persona)).json.place).toEqual({
      ...place('neighbourhood'),
      name: 'Bochum',
      lat: 51.49,
      lng: 7.22,
    });
    expect((await get(stories.city!, persona)).json.place).toEqual({
      ...place('city'),
      name: 'Bochum',
      lat: 51.5,
      lng: 7.2,
    });
  });

  it.each([
    ['an anonymous visitor', undefined],
    ['another resident', ben],
  ])('is left out entirely for %s when the author hid it', async (_, persona) => {
    const res = await get(stories.hidden!, persona);
    expect(res.status).toBe(200);
    expect(res.json).not.toHaveProperty('place');
    expect(res.text).not.toContain('Bochum-Hamme');
  });

  it('is coarsened on the feed card too', async () => {
    const res = await t.call('GET', '/api/stories?limit=50');
    const card = res.json.items.find((c: { id: string }) => c.id === stories.neighbourhood);
    expect(card.place).toMatchObject({ lat: 51.49, lng: 7.22 });
    const hidden = res.json.items.find((c: { id: string }) => c.id === stories.hidden);
    expect(hidden).not.toHaveProperty('place');
  });
});

describe('the author name', () => {
  it('is null for everyone when the author chose anonymous attribution', async () => {
    const author = newResident('anonymous');
    const { id } = await publishStory(t, author, { attribution: 'anonymous' });
    for (const persona of [undefined, ben, mia, author]) {
      const res = await get(id, persona);
      expect(res.json).toMatchObject({ attribution: 'anonymous', authorName: null });
      expect(res.text).not.toContain(author.name);
    }
  });

  it('is the name of the author when attribution is by name', async () => {
    const author = newResident('named');
    const { id } = await publishStory(t, author, { attribution: 'name' });
    expect((await get(id)).json.authorName).toBe(author.name);
  });
});
