import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryCard, StoryInputDraft } from '../shared/schemas/story';
import type { Language, Theme } from '../shared/vocabulary';
import { createTestApp, type TestApp } from './support/test-app';
import { decide, newResident, publishStory, readAllPages, submitStory } from './support/story-flow';
import { planFeedQuery } from '../functions/src/stories/feed-facets';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

type Made = {
  id: string;
  language: Language;
  themes: Theme[];
  period?: { from?: number; to?: number };
};
/** Every story published in this file's table, oldest first: the oracle for the filters. */
const published: Made[] = [];

async function publish(overrides: Partial<StoryInputDraft> = {}) {
  const story = await publishStory(t, newResident('feed'), overrides);
  published.push({
    id: story.id,
    language: story.language,
    themes: story.themes,
    period: story.period,
  });
  return story;
}

/** The whole feed for a query, page by page, holding each page to one Query. */
async function feed(query = '') {
  const budgets: string[][] = [];
  t.requests.reset();
  const items = await readAllPages<StoryCard>(
    t,
    `/api/stories?limit=50${query ? `&${query}` : ''}`,
    {
      onPage: () => {
        budgets.push(t.requests.sent());
        t.requests.reset();
      },
    },
  );
  return { items, ids: items.map((card) => card.id), budgets };
}

/** The ids the feed should list for a filter, newest first, worked out from what was made. */
function expected(filter: { theme?: Theme; decade?: number; language?: Language }) {
  return published
    .filter((s) => !filter.theme || s.themes.includes(filter.theme))
    .filter((s) => !filter.language || s.language === filter.language)
    .filter((s) => {
      if (filter.decade === undefined) return true;
      const from = s.period?.from ?? s.period?.to;
      const to = s.period?.to ?? s.period?.from;
      return (
        from !== undefined && to !== undefined && from <= filter.decade + 9 && to >= filter.decade
      );
    })
    .map((s) => s.id)
    .reverse();
}

describe('GET /api/stories', () => {
  it('lists only published stories, newest first', async () => {
    const first = await publish();
    const pending = await submitStory(t, newResident('feed-pending'));
    const rejected = await submitStory(t, newResident('feed-rejected'));
    await decide(t, rejected.id, 'reject', 'Kein Bezug zum Ruhrgebiet.');
    const second = await publish();
    const { ids, items } = await feed();
    expect(ids).toEqual(expected({}));
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(ids).not.toContain(pending.id);
    expect(ids).not.toContain(rejected.id);
    expect(items.every((card) => card.status === 'published')).toBe(true);
  });

  it('carries voteCount and commentCount on every card', async () => {
    const story = await publish();
    const { items } = await feed();
    expect(items.length).toBeGreaterThan(1);
    for (const card of items) {
      expect(card).toMatchObject({
        voteCount: expect.any(Number),
        commentCount: expect.any(Number),
      });
      expect(card.excerpt.length).toBeGreaterThan(0);
    }
    expect(items.find((card) => card.id === story.id)).toMatchObject({
      voteCount: 0,
      commentCount: 0,
    });
  });

  it('pages through more stories than the limit without duplicates or gaps', async () => {
    for (let i = 0; i < 5; i++) await publish();
    const all = expected({});
    expect(all.length).toBeGreaterThan(6);
    const pages: string[][] = [];
    await readAllPages<StoryCard>(t, '/api/stories?limit=3', {
      onPage: (page) => pages.push(page.items.map((card) => card.id)),
    });
    const filled = pages.filter((page) => page.length > 0);
    expect(filled.length).toBe(Math.ceil(all.length / 3));
    expect(filled.slice(0, -1).every((page) => page.length === 3)).toBe(true);
    expect(pages.flat()).toEqual(all);
  });

  it.each(['0', '51', 'abc', '-1', '2.5'])(
    'refuses limit=%s with a 400 naming limit',
    async (limit) => {
      const res = await t.call('GET', `/api/stories?limit=${limit}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch('application/problem+json');
      expect(res.json.errors.map((e: { path: string }) => e.path)).toContain('limit');
    },
  );

  it.each(['1', '50'])('accepts limit=%s', async (limit) => {
    const res = await t.call('GET', `/api/stories?limit=${limit}`);
    expect(res.status).toBe(200);
    expect(res.json.items.length).toBeLessThanOrEqual(Number(limit));
  });

  describe('cursors', () => {
    let cursor: string;
    beforeAll(async () => {
      await publish();
      await publish();
      cursor = (await t.call('GET', '/api/stories?limit=1')).json.nextCursor;
    });

    it('refuses an altered cursor as invalid-cursor', async () => {
      expect((await t.call('GET', `/api/stories?limit=1&cursor=${cursor}`)).status).toBe(200);
      const bytes = Buffer.from(cursor, 'base64url');
      bytes[bytes.length - 20]! ^= 1; // one bit of the sealed key flipped
      const altered = bytes.toString('base64url');
      for (const bad of [altered, `${cursor}x`, 'abc', 'a.b', `${cursor.slice(0, -4)}`]) {
        const res = await t.call('GET', `/api/stories?limit=1&cursor=${encodeURIComponent(bad)}`);
        expect(res.status).toBe(400);
        expect(res.headers.get('content-type')).toMatch('application/problem+json');
        expect(res.json.type).toMatch(/invalid-cursor$/);
      }
    });

    it('answers 400, not 500, for a validly sealed cursor whose key has the wrong shape', async () => {
      const wrongShapes = [
        { pk: 'STORY#x' },
        { pk: 'STORY#x', sk: 'STORY', feedPk: 'FEED#ALL' },
        { pk: 'STORY#x', sk: 'STORY', feedPk: 'FEED#ALL', feedNewSk: 5 },
        { pk: 'STORY#x', sk: 'STORY', somethingElse: 'x', other: 'y' },
      ];
      const plan = planFeedQuery({});
      const scope = `feed:new:${plan.facet}:${JSON.stringify(plan.remaining)}`;
      // The scope is this feed's: a key of the right shape sealed with it pages on.
      const rightShape = { pk: 'STORY#x', sk: 'FEED#00', feedPk: plan.facet, feedNewSk: '2000' };
      const ok = await t.call(
        'GET',
        `/api/stories?limit=1&cursor=${t.deps.cursors.encode(scope, rightShape)}`,
      );
      expect(ok.status).toBe(200);
      for (const key of wrongShapes) {
        const sealed = t.deps.cursors.encode(scope, key)!;
        const res = await t.call('GET', `/api/stories?limit=1&cursor=${sealed}`);
        expect(res.status, JSON.stringify(key)).toBe(400);
        expect(res.json.type).toMatch(/invalid-cursor$/);
      }
    });

    it('reveals no key in the cursor: the item a page ended on stays unreadable', () => {
      const text = Buffer.from(cursor, 'base64url').toString('latin1');
      expect(text).not.toMatch(/STORY|FEED|feedNewSk|pk/);
    });

    it.each(['sort=top', 'theme=colliery', 'language=de', 'decade=1960'])(
      'refuses a cursor of the plain feed for %s',
      async (query) => {
        const res = await t.call('GET', `/api/stories?limit=1&${query}&cursor=${cursor}`);
        expect(res.status).toBe(400);
        expect(res.json.type).toMatch(/invalid-cursor$/);
      },
    );

    it('refuses a cursor of one theme for another theme', async () => {
      const colliery = await t.call('GET', '/api/stories?limit=1&theme=colliery');
      expect(colliery.json.nextCursor).toEqual(expect.any(String));
      const res = await t.call(
        'GET',
        `/api/stories?limit=1&theme=migration&cursor=${colliery.json.nextCursor}`,
      );
      expect(res.status).toBe(400);
    });
  });

  it('costs exactly one Query per page, with and without filters', async () => {
    for (const query of ['', 'theme=colliery', 'decade=1960', 'language=de', 'sort=top']) {
      t.requests.reset();
      const res = await t.call('GET', `/api/stories?limit=2&${query}`);
      expect(res.status).toBe(200);
      expect(t.requests.sent()).toEqual(['Query']);
    }
    const { budgets } = await feed('theme=colliery&decade=1960&language=de');
    for (const sent of budgets) expect(sent).toEqual(['Query']);
  });
});

describe('GET /api/stories filters', () => {
  beforeAll(async () => {
    await publish({ language: 'tr', themes: ['migration'], period: { from: 1958, to: 1973 } });
    await publish({ language: 'tr', themes: ['migration', 'community'], period: { from: 1964 } });
    await publish({ language: 'pl', themes: ['migration'], period: { from: 1980, to: 1989 } });
    await publish({ language: 'it', themes: ['everyday-life'], period: { to: 1955 } });
    await publish({
      language: 'el',
      themes: ['community', 'remembrance'],
      period: { label: 'früher' },
    });
    await publish({
      language: 'de',
      themes: ['structural-change'],
      period: { from: 1987, to: 2008 },
    });
    await publish({ language: 'tr', themes: ['colliery'], period: undefined });
    // Not published, though they match the filters below: must never show.
    const pending = await submitStory(t, newResident('filter-pending'), {
      language: 'tr',
      themes: ['migration'],
      period: { from: 1960, to: 1961 },
    });
    const hidden = await publishStory(t, newResident('filter-hidden'), {
      language: 'tr',
      themes: ['migration'],
      period: { from: 1960, to: 1961 },
    });
    await decide(t, hidden.id, 'hide', 'Gemeldet.');
    expect(pending.status).toBe('pending');
  });

  it.each([
    ['theme=migration', { theme: 'migration' }],
    ['theme=community', { theme: 'community' }],
    ['language=tr', { language: 'tr' }],
    ['language=el', { language: 'el' }],
    ['decade=1950', { decade: 1950 }],
    ['decade=1960', { decade: 1960 }],
    ['decade=1970', { decade: 1970 }],
    ['decade=1980', { decade: 1980 }],
    ['decade=2000', { decade: 2000 }],
    ['theme=migration&language=tr', { theme: 'migration', language: 'tr' }],
    ['theme=migration&decade=1980', { theme: 'migration', decade: 1980 }],
    ['decade=1960&language=tr', { decade: 1960, language: 'tr' }],
    [
      'theme=migration&decade=1970&language=tr',
      { theme: 'migration', decade: 1970, language: 'tr' },
    ],
    ['theme=remembrance&language=tr', { theme: 'remembrance', language: 'tr' }],
  ] as const)('%s lists exactly the matching published stories', async (query, filter) => {
    const { ids } = await feed(query);
    expect(ids).toEqual(expected(filter));
  });

  it('lists a story from 1958 to 1973 under 1950, 1960 and 1970, and not under 1940 or 1980', async () => {
    const story = await publish({ language: 'ko', period: { from: 1958, to: 1973 } });
    for (const decade of [1950, 1960, 1970]) {
      expect((await feed(`language=ko&decade=${decade}`)).ids).toEqual([story.id]);
    }
    for (const decade of [1940, 1980]) {
      expect((await feed(`language=ko&decade=${decade}`)).ids).toEqual([]);
    }
  });

  it('refuses a decade that is not a year ending in 0, and unknown themes and languages', async () => {
    for (const query of [
      'decade=1965',
      'decade=abc',
      'theme=football',
      'language=xx',
      'sort=old',
    ]) {
      const res = await t.call('GET', `/api/stories?${query}`);
      expect(res.status).toBe(400);
      expect(res.json.errors[0].path).toBe(query.split('=')[0]);
    }
  });
});

describe('GET /api/stories?sort=top', () => {
  it('orders by support, most supported first', async () => {
    const [none, one, three, two] = [
      await publish({ language: 'other' }),
      await publish({ language: 'other' }),
      await publish({ language: 'other' }),
      await publish({ language: 'other' }),
    ];
    const support = async (id: string, people: number) => {
      for (let i = 0; i < people; i++) {
        const as = { sub: `u-top-${id}-${i}`, name: `Fan ${i}`, groups: [] };
        expect((await t.call('PUT', `/api/stories/${id}/vote`, { as })).status).toBe(200);
      }
    };
    await support(one!.id, 1);
    await support(three!.id, 3);
    await support(two!.id, 2);
    await support(none!.id, 0);

    const top = await feed('sort=top&language=other');
    expect(top.ids).toEqual([three!.id, two!.id, one!.id, none!.id]);
    expect(top.items.map((card) => card.voteCount)).toEqual([3, 2, 1, 0]);

    const all = await feed('sort=top');
    const counts = all.items.map((card) => card.voteCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(all.ids.slice(0, 3)).toEqual([three!.id, two!.id, one!.id]);
    // Support never reorders the newest-first feed.
    expect((await feed('language=other')).ids).toEqual([two!.id, three!.id, one!.id, none!.id]);
  });
});
