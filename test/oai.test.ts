import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOaiRepository } from '../functions/src/opendata/oai/repository';
import { createResumptionTokens } from '../functions/src/opendata/oai/resumption-token';
import type { OaiRecord } from '../functions/src/opendata/oai/oai-record';
import { THEMES } from '../shared/vocabulary';
import { harvest, schemaErrors } from './support/oai';
import { makeOaiRecord } from './support/oai-records';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { newResident } from './support/story-flow';

/*
 * The protocol at /api/oai (DESIGN §10) over a harvest of its own: records written through the
 * real repository with datestamps chosen here, so that from/until and paging are exact. How a
 * story's changes become those records is test/oai-records.test.ts.
 */
const SITE = 'https://geschichten.example';
const HOST = 'geschichten.example';
let t: TestApp;
const records: OaiRecord[] = [];
const id = (record: OaiRecord) => `oai:${HOST}:story/${record.storyId}`;

beforeAll(async () => {
  t = await createTestApp({ OAI_PAGE_SIZE: '2', SITE_URL: SITE });
  const repository = createOaiRepository(t.deps.db);
  records.push(
    // Typed with a street; at neighbourhood precision the public sees the gazetteer's district.
    makeOaiRecord('2026-11-01T10:00:00Z', {
      place: {
        name: 'Kirchstraße 5, Bochum-Hordel',
        lat: 51.50374,
        lng: 7.17612,
        precision: 'neighbourhood',
      },
    }),
    makeOaiRecord('2026-11-02T10:00:00Z', {
      attribution: 'anonymous',
      themes: ['migration', 'colliery'],
      place: { name: 'Essen-Katernberg', lat: 51.4912, lng: 7.0421, precision: 'city' },
    }),
    makeOaiRecord('2026-11-03T12:30:00Z', {}, { deleted: true, metadata: undefined }),
    makeOaiRecord('2026-11-04T08:00:00Z', {
      title: 'Kohle & <Stahl> "im" Revier',
      language: 'other',
      themes: ['structural-change'],
      place: { name: 'Zeche Zollverein', precision: 'hidden' },
      consent: {
        online: true,
        exhibition: false,
        research: false,
        license: 'all-rights-reserved',
        termsVersion: '2026-11',
      },
    }),
    makeOaiRecord('2026-11-05T23:59:59Z', { themes: ['remembrance'] }),
  );
  for (const record of records) await repository.replace(null, record);
});

/**
 * Every response a test saw, held to the OAI-PMH 2.0 schema (with oai_dc) after the test: in
 * one validation, since each one starts libxml2 anew.
 */
const seen: string[] = [];
afterEach(async () => {
  const xmls = seen.splice(0);
  if (xmls.length) expect(await schemaErrors(...xmls), xmls.join('\n')).toEqual([]);
});

/** Every page of a list, following the resumption tokens; each page valid and one Query. */
async function allPages(args: Record<string, string>) {
  const pages = [];
  let next: Record<string, string> | undefined = args;
  while (next) {
    t.requests.reset();
    const page = await harvest(t, next);
    seen.push(page.xml);
    expect(t.requests.sent()).toEqual(['Query']);
    pages.push(page);
    next = page.token ? { verb: args.verb!, resumptionToken: page.token } : undefined;
  }
  return pages;
}

describe('OAI-PMH Identify, ListMetadataFormats, ListSets', () => {
  it('identifies the repository: base URL, persistent deletions, seconds, earliest datestamp', async () => {
    const res = await harvest(t, { verb: 'Identify' });
    seen.push(res.xml);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.xml).toContain(`<baseURL>${SITE}/api/oai</baseURL>`);
    expect(res.xml).toContain('<protocolVersion>2.0</protocolVersion>');
    expect(res.xml).toContain('<deletedRecord>persistent</deletedRecord>');
    expect(res.xml).toContain('<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>');
    expect(res.xml).toContain('<earliestDatestamp>2026-11-01T10:00:00Z</earliestDatestamp>');
    expect(res.xml).toContain('<adminEmail>noreply@ruhr-stories.example</adminEmail>');
    expect(res.request).toBe(`<request verb="Identify">${SITE}/api/oai</request>`);
    expect(res.xml).toMatch(/<responseDate>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/responseDate>/);
  });

  it('offers oai_dc, for the repository and for a record; an unknown record is idDoesNotExist', async () => {
    for (const args of [
      {},
      { identifier: id(records[0]!) },
      { identifier: id(records[2]!) },
    ] as Record<string, string>[]) {
      const res = await harvest(t, { verb: 'ListMetadataFormats', ...args });
      seen.push(res.xml);
      expect(res.xml).toContain('<metadataPrefix>oai_dc</metadataPrefix>');
      expect(res.xml).toContain('<schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema>');
    }
    const unknown = await harvest(t, {
      verb: 'ListMetadataFormats',
      identifier: `oai:${HOST}:story/01ARZ3NDEKTSV4RRFFQ69G5FAV`,
    });
    seen.push(unknown.xml);
    expect(unknown.errors).toEqual(['idDoesNotExist']);
  });

  it('lists the themes as sets, with German and English names', async () => {
    const res = await harvest(t, { verb: 'ListSets' });
    seen.push(res.xml);
    for (const theme of THEMES) expect(res.xml).toContain(`<setSpec>${theme}</setSpec>`);
    expect(res.xml).toContain('<setName>Auf der Zeche</setName>');
    expect(res.xml).toContain('<dc:title xml:lang="en">At the colliery</dc:title>');
    const resumed = await harvest(t, { verb: 'ListSets', resumptionToken: 'abc' });
    seen.push(resumed.xml);
    expect(resumed.errors).toEqual(['badResumptionToken']);
  });
});

describe('OAI-PMH GetRecord', () => {
  it('gives a record in oai_dc with what the story page shows', async () => {
    const res = await harvest(t, {
      verb: 'GetRecord',
      identifier: id(records[0]!),
      metadataPrefix: 'oai_dc',
    });
    seen.push(res.xml);
    const url = `${SITE}/stories/${records[0]!.storyId}`;
    for (const part of [
      '<dc:title xml:lang="de">Die letzte Schicht auf Zeche Hannover</dc:title>',
      '<dc:creator>Anna Brinkmann</dc:creator>',
      '<dc:subject xml:lang="de">Auf der Zeche</dc:subject>',
      '<dc:subject xml:lang="en">At the colliery</dc:subject>',
      '<dc:date>2026-10-02</dc:date>',
      `<dc:identifier>${url}</dc:identifier>`,
      '<dc:language>de</dc:language>',
      '<dc:coverage>Bochum-Hordel</dc:coverage>',
      '<dc:coverage>name=Bochum-Hordel; east=7.18; north=51.5; projection=WGS84</dc:coverage>',
      '<dc:coverage>1960/1973</dc:coverage>',
      '<dc:coverage xml:lang="de">Mitte der 60er</dc:coverage>',
      '<dc:rights>https://creativecommons.org/licenses/by/4.0/</dc:rights>',
      '<setSpec>colliery</setSpec>',
      '<datestamp>2026-11-01T10:00:00Z</datestamp>',
    ])
      expect(res.xml).toContain(part);
    expect(res.xml).not.toContain('Kirchstraße');
    expect(res.xml).not.toContain('51.50374');
    expect(res.request).toBe(
      `<request verb="GetRecord" identifier="${id(records[0]!)}" metadataPrefix="oai_dc">${SITE}/api/oai</request>`,
    );
  });

  it('names nobody on an anonymous story: the creator is "anonym"', async () => {
    const res = await harvest(t, {
      verb: 'GetRecord',
      identifier: id(records[1]!),
      metadataPrefix: 'oai_dc',
    });
    seen.push(res.xml);
    expect(res.xml).toContain('<dc:creator>anonym</dc:creator>');
    expect(res.xml).not.toContain('Anna Brinkmann');
    expect(res.xml).toContain('<dc:coverage>Essen</dc:coverage>');
    expect(res.xml).not.toContain('Katernberg');
  });

  it('gives a deleted record as a header with status="deleted" and no metadata', async () => {
    const res = await harvest(t, {
      verb: 'GetRecord',
      identifier: id(records[2]!),
      metadataPrefix: 'oai_dc',
    });
    seen.push(res.xml);
    expect(res.deleted).toEqual([id(records[2]!)]);
    expect(res.xml).not.toContain('<metadata>');
  });

  it('escapes what the story says, hides a hidden place, and marks all rights reserved', async () => {
    const res = await harvest(t, {
      verb: 'GetRecord',
      identifier: id(records[3]!),
      metadataPrefix: 'oai_dc',
    });
    seen.push(res.xml);
    expect(res.xml).toContain('<dc:title>Kohle &amp; &lt;Stahl&gt; "im" Revier</dc:title>');
    expect(res.xml).not.toContain('Zollverein');
    expect(res.xml).not.toContain('<dc:language>');
    expect(res.xml).toContain('<dc:rights>http://rightsstatements.org/vocab/InC/1.0/</dc:rights>');
  });

  it('answers idDoesNotExist, cannotDisseminateFormat and badArgument', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { identifier: `oai:${HOST}:story/01ARZ3NDEKTSV4RRFFQ69G5FAV`, metadataPrefix: 'oai_dc' },
        'idDoesNotExist',
      ],
      [
        {
          identifier: `oai:elsewhere.example:story/${records[0]!.storyId}`,
          metadataPrefix: 'oai_dc',
        },
        'idDoesNotExist',
      ],
      [{ identifier: 'story-1', metadataPrefix: 'oai_dc' }, 'idDoesNotExist'],
      [{ identifier: id(records[0]!), metadataPrefix: 'marc21' }, 'cannotDisseminateFormat'],
      [{ identifier: id(records[0]!) }, 'badArgument'],
      [{ metadataPrefix: 'oai_dc' }, 'badArgument'],
      [{ identifier: 'a b', metadataPrefix: 'oai_dc' }, 'badArgument'],
    ];
    for (const [args, code] of cases) {
      const res = await harvest(t, { verb: 'GetRecord', ...args });
      seen.push(res.xml);
      expect(res.errors, JSON.stringify(args)).toEqual([code]);
      expect(res.status).toBe(200);
    }
  });
});

describe('OAI-PMH ListIdentifiers and ListRecords', () => {
  it('pages through every record with resumption tokens, one Query a page', async () => {
    for (const verb of ['ListIdentifiers', 'ListRecords']) {
      const pages = await allPages({ verb, metadataPrefix: 'oai_dc' });
      expect(pages).toHaveLength(3);
      expect(pages.flatMap((p) => p.identifiers)).toEqual(records.map(id));
      expect(pages.map((p) => /cursor="(\d+)"/.exec(p.tokenAttributes)?.[1])).toEqual([
        '0',
        '2',
        '4',
      ]);
      expect(pages[0]!.tokenAttributes).toMatch(/expirationDate="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/);
      // The page that completes the list ends with an empty token.
      expect(pages[2]!.token).toBe('');
      expect(pages.flatMap((p) => p.deleted)).toEqual([id(records[2]!)]);
      expect(pages[1]!.request).toMatch(new RegExp(`^<request verb="${verb}" resumptionToken="`));
    }
  });

  it('gives headers only for ListIdentifiers, and metadata for ListRecords', async () => {
    const identifiers = await harvest(t, { verb: 'ListIdentifiers', metadataPrefix: 'oai_dc' });
    expect(identifiers.xml).not.toContain('<metadata>');
    const listed = await harvest(t, { verb: 'ListRecords', metadataPrefix: 'oai_dc' });
    expect(listed.xml).toContain('<metadata><oai_dc:dc');
  });

  it('selects by set: a theme', async () => {
    const pages = await allPages({
      verb: 'ListRecords',
      metadataPrefix: 'oai_dc',
      set: 'colliery',
    });
    expect(pages.flatMap((p) => p.identifiers)).toEqual(
      [records[0], records[1], records[2]].map((r) => id(r!)),
    );
    const one = await harvest(t, {
      verb: 'ListIdentifiers',
      metadataPrefix: 'oai_dc',
      set: 'remembrance',
    });
    expect(one.identifiers).toEqual([id(records[4]!)]);
    expect(one.token).toBeUndefined();
  });

  it('selects by from and until, at day and at second granularity, both ends inclusive', async () => {
    const cases: [Record<string, string>, number[]][] = [
      [{ from: '2026-11-02' }, [1, 2, 3, 4]],
      [{ until: '2026-11-02' }, [0, 1]],
      [{ from: '2026-11-03', until: '2026-11-04' }, [2, 3]],
      [{ from: '2026-11-05', until: '2026-11-05' }, [4]],
      [{ from: '2026-11-02T10:00:00Z', until: '2026-11-03T12:30:00Z' }, [1, 2]],
      [{ from: '2026-11-02T10:00:01Z', until: '2026-11-03T12:29:59Z' }, []],
      [{ from: '2026-11-05T23:59:59Z' }, [4]],
    ];
    for (const [range, expected] of cases) {
      const pages = await allPages({
        verb: 'ListIdentifiers',
        metadataPrefix: 'oai_dc',
        ...range,
      }).catch(() => []);
      const found = pages.flatMap((p) => p.identifiers);
      if (!expected.length) {
        const res = await harvest(t, {
          verb: 'ListIdentifiers',
          metadataPrefix: 'oai_dc',
          ...range,
        });
        seen.push(res.xml);
        expect(res.errors, JSON.stringify(range)).toEqual(['noRecordsMatch']);
      } else {
        expect(found, JSON.stringify(range)).toEqual(expected.map((i) => id(records[i]!)));
      }
    }
  });

  it('answers the protocol’s errors for bad lists, each response valid', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ metadataPrefix: 'oai_dc', until: '2026-10-01' }, 'noRecordsMatch'],
      [{ metadataPrefix: 'oai_dc', from: '2026-11-05', until: '2026-11-01' }, 'noRecordsMatch'],
      [{ metadataPrefix: 'oai_dc', set: 'mining-disasters' }, 'noRecordsMatch'],
      [{ metadataPrefix: 'oai_dc', set: 'not a set' }, 'badArgument'],
      [
        { metadataPrefix: 'oai_dc', from: '2026-11-01', until: '2026-11-02T00:00:00Z' },
        'badArgument',
      ],
      [{ metadataPrefix: 'oai_dc', from: '2026-13-01' }, 'badArgument'],
      [{ metadataPrefix: 'oai_dc', from: '2026-02-30' }, 'badArgument'],
      [{ metadataPrefix: 'oai_dc', from: '2026-11-01T10:00:00.000Z' }, 'badArgument'],
      [{ metadataPrefix: 'oai_dc', from: '2026-11-01T10:00:00+01:00' }, 'badArgument'],
      [{ metadataPrefix: 'oai_dc', from: '' }, 'badArgument'],
      [{}, 'badArgument'],
      [{ metadataPrefix: 'oai_ead' }, 'cannotDisseminateFormat'],
      [{ metadataPrefix: 'oai_dc', resumptionToken: 'x' }, 'badArgument'],
      [{ resumptionToken: 'not-a-token' }, 'badResumptionToken'],
      [{ metadataPrefix: 'oai_dc', identifier: id(records[0]!) }, 'badArgument'],
    ];
    for (const verb of ['ListIdentifiers', 'ListRecords']) {
      for (const [args, code] of cases) {
        const res = await harvest(t, { verb, ...args });
        seen.push(res.xml);
        expect(res.errors, `${verb} ${JSON.stringify(args)}`).toEqual([code]);
        const echoed = code === 'badArgument' ? '<request>' : `<request verb="${verb}"`;
        expect(res.request.startsWith(echoed), res.request).toBe(true);
      }
    }
  });

  it('refuses a token altered, made for the other verb, or past its expiry', async () => {
    const first = await harvest(t, { verb: 'ListIdentifiers', metadataPrefix: 'oai_dc' });
    const token = first.token!;
    const [body, mac] = token.split('.');
    const altered = `${body!.slice(0, -2)}${body!.slice(-2) === 'AA' ? 'AB' : 'AA'}.${mac}`;
    const tokens = createResumptionTokens(t.config.cursorSecret);
    const expired = tokens.encode({
      verb: 'ListIdentifiers',
      metadataPrefix: 'oai_dc',
      after: `2026-11-02T10:00:00Z#${records[1]!.storyId}`,
      cursor: 2,
      expires: Math.floor(Date.now() / 1000) - 1,
    });
    const otherSecret = createResumptionTokens('another deployment secret').encode({
      verb: 'ListIdentifiers',
      metadataPrefix: 'oai_dc',
      after: `2026-11-02T10:00:00Z#${records[1]!.storyId}`,
      cursor: 2,
      expires: Math.floor(Date.now() / 1000) + 60,
    });
    for (const [verb, resumptionToken] of [
      ['ListRecords', token],
      ['ListIdentifiers', altered],
      ['ListIdentifiers', expired],
      ['ListIdentifiers', otherSecret],
    ] as const) {
      const res = await harvest(t, { verb, resumptionToken });
      seen.push(res.xml);
      expect(res.errors).toEqual(['badResumptionToken']);
    }
    // The token as issued goes on.
    const next = await harvest(t, { verb: 'ListIdentifiers', resumptionToken: token });
    expect(next.identifiers).toEqual([records[2], records[3]].map((r) => id(r!)));
  });
});

describe('OAI-PMH requests', () => {
  it('is checked by a schema that does refuse what OAI-PMH 2.0 or oai_dc do not allow', async () => {
    const res = await harvest(t, {
      verb: 'GetRecord',
      identifier: id(records[0]!),
      metadataPrefix: 'oai_dc',
    });
    const broken = [
      res.xml.replace('<header>', '<header status="removed">'),
      res.xml.replace('<dc:creator>', '<dc:author>').replace('</dc:creator>', '</dc:author>'),
      res.xml.replace(/<datestamp>[^<]*</, '<datestamp>2026-11-01T10:00:00+01:00<'),
    ];
    const errors = await schemaErrors(...broken);
    for (const index of [0, 1, 2])
      expect(errors.some((e) => e.startsWith(`response-${index}.xml`))).toBe(true);
  });

  it('answers badVerb for a missing, unknown or repeated verb, echoing no arguments', async () => {
    for (const query of [
      '',
      'verb=Harvest',
      'verb=identify',
      'verb=Identify&verb=Identify',
      'metadataPrefix=oai_dc',
    ]) {
      const res = await harvest(t, query);
      seen.push(res.xml);
      expect(res.errors, query).toEqual(['badVerb']);
      expect(res.request).toBe(`<request>${SITE}/api/oai</request>`);
    }
  });

  it('answers badArgument for an argument a verb does not take, or one repeated', async () => {
    for (const query of [
      'verb=Identify&metadataPrefix=oai_dc',
      'verb=ListSets&set=colliery',
      'verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc',
      `verb=GetRecord&identifier=${id(records[0]!)}&identifier=${id(records[1]!)}&metadataPrefix=oai_dc`,
      'verb=ListMetadataFormats&foo=bar',
    ]) {
      const res = await harvest(t, query);
      seen.push(res.xml);
      expect(
        res.errors.every((code) => code === 'badArgument'),
        query,
      ).toBe(true);
      expect(res.errors.length).toBeGreaterThan(0);
    }
  });

  it('takes the arguments as a form by POST, with the same answer as by GET', async () => {
    const args = { verb: 'ListRecords', metadataPrefix: 'oai_dc', set: 'colliery' };
    const get = await harvest(t, args);
    const post = await harvest(t, args, { method: 'POST' });
    expect(post.status).toBe(200);
    expect(post.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    seen.push(post.xml);
    const stable = (xml: string) =>
      xml
        .replace(/<responseDate>[^<]*<\/responseDate>/, '')
        .replace(/<resumptionToken[^]*?<\/resumptionToken>/, '');
    expect(stable(post.xml)).toBe(stable(get.xml));
    const json = await t.call('POST', '/api/oai', { body: args });
    expect(json.status).toBe(415);
    expect(json.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('gives every role the same answer: anonymous, resident, moderator, curator', async () => {
    const stable = (xml: string) =>
      xml.replace(/<responseDate>[^<]*<\/responseDate>/, '').replace(/<resumptionToken[^>]*>/, '');
    const args = { verb: 'ListRecords', metadataPrefix: 'oai_dc' };
    const anonymous = stable((await harvest(t, args)).xml);
    for (const as of [newResident('oai'), PERSONAS.mia, PERSONAS.kai]) {
      const res = await harvest(t, args, { as });
      expect(res.status).toBe(200);
      expect(stable(res.xml).replace(/>[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}</, '><')).toBe(
        anonymous.replace(/>[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}</, '><'),
      );
    }
    // A token that does not verify is refused on this route as on every other (401).
    const bad = await t.call('GET', '/api/oai?verb=Identify', {
      headers: { authorization: 'Bearer a.b.c' },
    });
    expect(bad.status).toBe(401);
  });
});
