import { beforeAll, describe, expect, it } from 'vitest';
import { makeStoryInput } from './support/fixtures';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { newResident, publishStory } from './support/story-flow';
import { addItem, createExhibition } from './support/curation-flow';

const { anna, mia, kai } = PERSONAS;
const SITE = 'https://ruhr-stories.example';
const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
const COLUMNS = [
  'position',
  'storyId',
  'title',
  'author',
  'license',
  'licenseUrl',
  'consentExhibition',
  'consentResearch',
  'place',
  'period',
  'caption_de',
  'caption_en',
  'url',
  'imageUrls',
  'audioUrl',
];

let t: TestApp;
let exhibitionId: string;
let named: { id: string; authorName: string | null };
let anonymous: { id: string };
let namedAuthor: Persona;

beforeAll(async () => {
  t = await createTestApp({ SITE_URL: `${SITE}/` });
  const exhibition = await createExhibition(t, { title: { de: 'Glück auf, Kumpel!' } });
  exhibitionId = exhibition.id;
  namedAuthor = newResident('export');
  named = await publishStory(t, namedAuthor, {
    title: 'Kohle, Stahl und der "Pott"',
    consent: { ...makeStoryInput().consent, license: 'CC-BY-4.0', research: false },
  });
  anonymous = await publishStory(t, newResident('export'), {
    title: 'Über Tage',
    attribution: 'anonymous',
    language: 'tr',
    themes: ['migration', 'everyday-life'],
    consent: { ...makeStoryInput().consent, license: 'all-rights-reserved', research: true },
  });
  await addItem(t, exhibitionId, named.id, { de: 'Schön, "wirklich"', en: 'Lovely' });
  await addItem(t, exhibitionId, anonymous.id);
  // A consent change after the story was added reaches the export.
  const res = await t.call('PATCH', `/api/stories/${named.id}/consent`, {
    as: namedAuthor,
    body: { research: true },
  });
  expect(res.status).toBe(200);
});

const exportAs = (format: string, as?: Persona, id = exhibitionId) =>
  t.call('GET', `/api/exhibitions/${id}/export?format=${format}`, { as });

/** A small RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (row.push(field), (field = ''));
    else if (ch === '\r' && text[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    } else field += ch;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}

describe('GET /api/exhibitions/{id}/export', () => {
  it('is for curators only: 401 anonymous, 403 residents and moderators', async () => {
    expect((await exportAs('csv')).status).toBe(401);
    for (const as of [anna, mia]) expect((await exportAs('jsonld', as)).status).toBe(403);
  });

  it('answers 404 for an unknown exhibition and 400 for an unknown format', async () => {
    expect((await exportAs('csv', kai, UNKNOWN)).status).toBe(404);
    const res = await exportAs('xml', kai);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].path).toBe('format');
  });

  it('exports schema.org JSON-LD: an ExhibitionEvent featuring CreativeWorks, context embedded', async () => {
    const res = await exportAs('jsonld', kai);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="ausstellung-glueck-auf-kumpel.jsonld"',
    );
    const doc = JSON.parse(res.text);
    expect(doc).toMatchObject({
      '@context': { '@vocab': 'http://schema.org/' },
      '@type': 'ExhibitionEvent',
      name: [{ '@value': 'Glück auf, Kumpel!', '@language': 'de' }],
      description: [
        { '@value': 'Erinnerungen an die letzten Zechen.', '@language': 'de' },
        { '@value': 'Memories of the last collieries.', '@language': 'en' },
      ],
      location: { '@type': 'Place', name: 'Deutsches Bergbau-Museum Bochum, Halle 3' },
      startDate: '2026-05-01',
      endDate: '2026-10-31',
      url: `${SITE}/exhibitions/${exhibitionId}`,
      organizer: { '@type': 'Organization', name: 'Deutsches Bergbau-Museum Bochum' },
    });
    const [first, second] = doc.workFeatured;
    expect(doc.workFeatured).toHaveLength(2);
    expect(first).toMatchObject({
      '@type': 'CreativeWork',
      position: 1,
      name: 'Kohle, Stahl und der "Pott"',
      text: expect.stringContaining('letzten Tag'),
      inLanguage: 'de',
      about: [{ '@type': 'DefinedTerm', termCode: 'colliery' }],
      locationCreated: {
        '@type': 'Place',
        name: 'Bochum-Hordel',
        geo: { '@type': 'GeoCoordinates', latitude: 51.5, longitude: 7.18 },
      },
      temporalCoverage: '1960/1973',
      author: { '@type': 'Person', name: named.authorName },
      creditText: named.authorName,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      url: `${SITE}/stories/${named.id}`,
    });
    // A story without photos or a recording has no media objects.
    expect(first).not.toHaveProperty('associatedMedia');
    expect(first.conditionsOfAccess).toEqual([
      'Consent given for exhibitions.',
      'Consent given for research.',
    ]);
    expect(second).toMatchObject({
      position: 2,
      creditText: 'anonymous',
      inLanguage: 'tr',
      copyrightNotice: 'All rights reserved',
    });
    expect(second.license).toBeUndefined();
    expect(second.author).toBeUndefined();
    expect(JSON.stringify(doc)).not.toContain('7.17612');
  });

  it('exports CSV for Excel: BOM, header, one row per story, every field quoted', async () => {
    const res = await exportAs('csv', kai);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="ausstellung-glueck-auf-kumpel.csv"',
    );
    // Decoding text drops a byte order mark, so look at the bytes as Excel gets them.
    const raw = await t.app.request(`/api/exhibitions/${exhibitionId}/export?format=csv`, {
      headers: { authorization: `Bearer ${await t.tokenFor(kai)}` },
    });
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(COLUMNS.map((column) => `"${column}"`).join(','));
    expect(lines[1]).toMatch(/^"1","[^"]+","Kohle, Stahl und der ""Pott""","/);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(COLUMNS);
    expect(rows).toHaveLength(2);
    const records = rows.map((row) => Object.fromEntries(COLUMNS.map((c, i) => [c, row[i]])));
    expect(records[0]).toEqual({
      position: '1',
      storyId: named.id,
      title: 'Kohle, Stahl und der "Pott"',
      author: named.authorName,
      license: 'CC-BY-4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      consentExhibition: 'true',
      consentResearch: 'true',
      place: 'Bochum-Hordel',
      period: '1960–1973 (Mitte der 60er)',
      caption_de: 'Schön, "wirklich"',
      caption_en: 'Lovely',
      url: `${SITE}/stories/${named.id}`,
      imageUrls: '',
      audioUrl: '',
    });
    expect(records[1]).toMatchObject({
      position: '2',
      title: 'Über Tage',
      author: 'anonymous',
      license: 'All rights reserved',
      licenseUrl: '',
      consentResearch: 'true',
      caption_de: '',
    });
  });

  it('costs one Query', async () => {
    t.requests.reset();
    await exportAs('csv', kai);
    expect(t.requests.sent()).toEqual(['Query']);
  });
});
