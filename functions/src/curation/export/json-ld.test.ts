import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  makeExhibitionItemRecord,
  makeExhibitionRecord,
} from '../../../../test/support/exhibition-records';
import { siteLinks } from './fields';
import { exhibitionJsonLd } from './json-ld';

const SCHEMA = 'http://schema.org/';
const links = siteLinks('https://ruhr-stories.example');

const named = makeExhibitionItemRecord({ consentResearch: true });
const anonymous = makeExhibitionItemRecord({
  storyId: '01JSTORY000000000000000001',
  attribution: 'anonymous',
  authorName: null,
  license: 'all-rights-reserved',
  position: 2,
});
const doc = exhibitionJsonLd(makeExhibitionRecord(), [named, anonymous], links);

/** Expands as a consumer without network would: any remote document is refused. */
const expandOffline = (input: object) =>
  jsonld.expand(input as jsonld.JsonLdDocument, {
    documentLoader: async (url: string) => {
      throw new Error(`offline: refused to load ${url}`);
    },
  });

/** Every property and type IRI of an expanded document. */
function termsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => termsOf(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith('@')) found.add(key);
      if (key === '@type') [value].flat().forEach((t) => found.add(String(t)));
      termsOf(value, found);
    }
  }
  return found;
}

type Expanded = Record<string, unknown[]>;
const works = (expanded: jsonld.NodeObject[]) =>
  (expanded[0] as Expanded)[`${SCHEMA}workFeatured`] as Expanded[];

describe('exhibitionJsonLd', () => {
  it('expands offline to schema.org terms only, with its context embedded', async () => {
    const expanded = await expandOffline(doc);
    expect(expanded).toHaveLength(1);
    const terms = [...termsOf(expanded)];
    expect(terms.length).toBeGreaterThan(20);
    expect(terms.filter((term) => !term.startsWith(SCHEMA))).toEqual([]);
    expect(terms).toEqual(
      expect.arrayContaining([
        `${SCHEMA}ExhibitionEvent`,
        `${SCHEMA}workFeatured`,
        `${SCHEMA}CreativeWork`,
        `${SCHEMA}conditionsOfAccess`,
      ]),
    );
    // Links are IRIs, not strings.
    expect(works(expanded)[0]![`${SCHEMA}license`]).toEqual([
      { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
    ]);
  });

  it('uses only properties schema.org defines for the types it uses', () => {
    const text = JSON.stringify(doc);
    expect(text).not.toContain('additionalProperty');
    expect(doc.organizer['@type']).toBe('Organization');
    expect(doc.workFeatured[0]!.conditionsOfAccess).toEqual([
      'Consent given for exhibitions.',
      'Consent given for research.',
    ]);
    expect(doc.workFeatured[1]!.conditionsOfAccess).toEqual([
      'Consent given for exhibitions.',
      'No consent for research.',
    ]);
  });

  it('gives an anonymous story no author, only its credit', async () => {
    const [first, second] = doc.workFeatured;
    expect(first).toMatchObject({
      author: { '@type': 'Person', name: 'Anna Brinkmann' },
      creditText: 'Anna Brinkmann',
    });
    expect(second).not.toHaveProperty('author');
    expect(second!.creditText).toBe('anonymous');
    const [, expandedSecond] = works(await expandOffline(doc));
    expect(expandedSecond).not.toHaveProperty(`${SCHEMA}author`);
  });
});

describe('exhibitionJsonLd with photos and a recording', () => {
  const withMedia = makeExhibitionItemRecord({
    media: [
      { id: '01JPHOTO000000000000000000', kind: 'image', alt: 'Die Kaue', width: 800, height: 600 },
      {
        id: '01JVOICE000000000000000000',
        kind: 'audio',
        transcript: 'Glück auf.',
        contentType: 'audio/mp4',
        durationSeconds: 61.4,
      },
    ],
  });
  const mediaDoc = exhibitionJsonLd(makeExhibitionRecord(), [withMedia], links);

  it('expands them offline to schema.org ImageObject and AudioObject, their files as IRIs', async () => {
    const expanded = await expandOffline(mediaDoc);
    const terms = [...termsOf(expanded)];
    expect(terms.filter((term) => !term.startsWith(SCHEMA))).toEqual([]);
    expect(terms).toEqual(
      expect.arrayContaining([
        `${SCHEMA}ImageObject`,
        `${SCHEMA}AudioObject`,
        `${SCHEMA}transcript`,
      ]),
    );
    const [photo, voice] = works(expanded)[0]![`${SCHEMA}associatedMedia`] as Expanded[];
    // A photo smaller than the largest width keeps its own size; the file name stays the same.
    expect(photo![`${SCHEMA}contentUrl`]).toEqual([
      { '@id': 'https://ruhr-stories.example/media/01JPHOTO000000000000000000/1600.jpg' },
    ]);
    expect(photo![`${SCHEMA}width`]).toEqual([{ '@value': 800 }]);
    expect(voice![`${SCHEMA}contentUrl`]).toEqual([
      { '@id': 'https://ruhr-stories.example/media/01JVOICE000000000000000000/audio.m4a' },
    ]);
    expect(voice![`${SCHEMA}duration`]).toEqual([{ '@value': 'PT61S' }]);
    expect(voice![`${SCHEMA}license`]).toEqual([
      { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
    ]);
  });
});
