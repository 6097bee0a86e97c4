import { beforeAll, describe, expect, it } from 'vitest';
import type { ResearchDictionary, ResearchStory } from '../shared/schemas/opendata';
import { RESEARCH_COLUMNS } from '../functions/src/opendata/research-record';
import { publishedCall } from './support/call-flow';
import { makeStoryInput } from './support/fixtures';
import { newResident, publishStory, submitStory } from './support/story-flow';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';

const { anna, mia, kai, lea } = PERSONAS;
let t: TestApp;

const consented = makeStoryInput().consent;
const withResearch = { consent: { ...consented, research: true } };

/** Every line of the JSON Lines export, following `Link` to the last page. */
async function jsonl(as: Persona = lea): Promise<ResearchStory[]> {
  const rows: ResearchStory[] = [];
  let path: string | null = '/api/research/stories?format=jsonl';
  while (path) {
    const res = await t.call('GET', path, { as });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    rows.push(
      ...res.text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    );
    path = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1] ?? null;
  }
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
});

describe('GET /api/research/stories and /api/research/dictionary, per role', () => {
  for (const path of ['/api/research/stories?format=csv', '/api/research/dictionary']) {
    it(`${path}: anonymous 401; resident, moderator, curator 403; researcher 200`, async () => {
      expect((await t.call('GET', path)).status).toBe(401);
      for (const as of [anna, mia, kai]) {
        const res = await t.call('GET', path, { as });
        expect(res.status).toBe(403);
        expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      }
      expect((await t.call('GET', path, { as: lea })).status).toBe(200);
    });
  }

  it('refuses a bad format or cursor with a 400 problem, after authorization', async () => {
    expect((await t.call('GET', '/api/research/stories?format=xml')).status).toBe(401);
    expect((await t.call('GET', '/api/research/stories?format=xml', { as: lea })).status).toBe(400);
    const bad = await t.call('GET', '/api/research/stories?cursor=nope', { as: lea });
    expect(bad.status).toBe(400);
  });
});

describe('the research export', () => {
  it('holds published stories with research consent only, without names, subs or e-mails', async () => {
    const author = newResident('researched');
    const named = await publishStory(t, author, { ...withResearch, attribution: 'name' });
    const without = await publishStory(t, newResident('no-research'));
    const pending = await submitStory(t, newResident('pending'), withResearch);
    const rows = await jsonl();
    const ids = rows.map((r) => r.id);
    expect(ids).toContain(named.id);
    expect(ids).not.toContain(without.id);
    expect(ids).not.toContain(pending.id);
    const row = rows.find((r) => r.id === named.id)!;
    expect(Object.keys(row)).toEqual([...RESEARCH_COLUMNS]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(author.sub);
    expect(text).not.toContain(author.name);
    expect(text).not.toMatch(/@example\./);
    expect(row).toMatchObject({
      license: 'CC-BY-4.0',
      mediaCount: 0,
      themes: ['colliery'],
      callId: null,
    });
    expect(row.url).toMatch(new RegExp(`/stories/${named.id}$`));
  });

  it('names the call for stories an answer belongs to', async () => {
    const call = await publishedCall(t);
    const answer = await publishStory(t, newResident('answering'), {
      ...withResearch,
      callId: call.id,
    });
    const row = (await jsonl()).find((r) => r.id === answer.id);
    expect(row?.callId).toBe(call.id);
  });

  it('gives the place at its public precision, and none when hidden', async () => {
    const coarse = await publishStory(t, newResident('coarse'), withResearch);
    const hidden = await publishStory(t, newResident('hidden'), {
      ...withResearch,
      place: { name: 'Hauptstraße 5, Bochum', lat: 51.48123, lng: 7.21987, precision: 'hidden' },
    });
    const rows = await jsonl();
    const coarseRow = rows.find((r) => r.id === coarse.id)!;
    expect(coarseRow).toMatchObject({ placeLat: 51.5, placeLng: 7.18 });
    const hiddenRow = rows.find((r) => r.id === hidden.id)!;
    expect(hiddenRow).toMatchObject({
      placeName: null,
      placeLat: null,
      placeLng: null,
      placePrecision: null,
    });
  });

  it('leaves a story out of the next download once its research consent is withdrawn', async () => {
    const author = newResident('withdraws');
    const story = await publishStory(t, author, withResearch);
    expect((await jsonl()).map((r) => r.id)).toContain(story.id);
    const res = await t.call('PATCH', `/api/stories/${story.id}/consent`, {
      as: author,
      body: { research: false },
    });
    expect(res.status).toBe(200);
    expect((await jsonl()).map((r) => r.id)).not.toContain(story.id);
  });

  it('writes CSV with a fixed header, every field quoted, and the same stories', async () => {
    await publishStory(t, newResident('csv'), {
      ...withResearch,
      title: 'Kohle, "Schicht" und =1+1',
    });
    const res = await t.call('GET', '/api/research/stories?format=csv', { as: lea });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    const [header, ...lines] = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(RESEARCH_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines.join('\n')).toContain('"Kohle, ""Schicht"" und =1+1"');
  });

  it('pages within the response limit: a smaller page links the next one', async () => {
    const first = await t.call('GET', '/api/research/stories?limit=1', { as: lea });
    expect(first.headers.get('link')).toMatch(/rel="next"/);
    expect(first.text.trim().split('\n')).toHaveLength(1);
  });
});

describe('the data dictionary', () => {
  it('describes every column in German and English, with the licence', async () => {
    const res = await t.call('GET', '/api/research/dictionary', { as: lea });
    const dictionary = res.json as ResearchDictionary;
    expect(dictionary.fields.map((f) => f.name)).toEqual([...RESEARCH_COLUMNS]);
    for (const field of dictionary.fields) {
      expect(field.description.de.length).toBeGreaterThan(2);
      expect(field.description.en.length).toBeGreaterThan(2);
    }
    expect(dictionary.license.de).toMatch(/Lizenz/);
    expect(dictionary.formats).toEqual(['jsonl', 'csv']);
  });
});
