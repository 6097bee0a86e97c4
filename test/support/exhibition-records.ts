import { ExhibitionItemSchema, ExhibitionSchema } from '../../shared/schemas/curation';
import type {
  ExhibitionItemRecord,
  ExhibitionRecord,
} from '../../functions/src/curation/exhibition-record';

const EXHIBITION_ID = '01JEXHIBITION0000000000000';

/** An exhibition as stored, for the pure export tests; the API fields parse through the schema. */
export function makeExhibitionRecord(overrides: Partial<ExhibitionRecord> = {}): ExhibitionRecord {
  const exhibition = ExhibitionSchema.parse({
    id: EXHIBITION_ID,
    status: 'published',
    title: { de: 'Glück auf, Kumpel!', en: 'Good luck, mate!' },
    intro: { de: 'Erinnerungen an die letzten Zechen.' },
    venue: 'Halle 3',
    itemCount: 1,
    createdAt: '2026-04-01T10:00:00.000Z',
    updatedAt: '2026-04-01T10:00:00.000Z',
    ...overrides,
  });
  return { ...exhibition, createdBy: 'kai', version: 1, ...overrides };
}

/** A story in an exhibition as stored; the kiosk fields parse through the schema. */
export function makeExhibitionItemRecord(
  overrides: Partial<ExhibitionItemRecord> = {},
): ExhibitionItemRecord {
  const { exhibitionId, addedBy, consentResearch, media, ...item } = overrides;
  const parsed = ExhibitionItemSchema.omit({ position: true, media: true }).parse({
    storyId: '01JSTORY000000000000000000',
    title: 'Die letzte Schicht',
    body: 'Am letzten Tag fuhren wir noch einmal ein.',
    authorName: 'Anna Brinkmann',
    attribution: 'name',
    language: 'de',
    themes: ['colliery'],
    contentWarnings: [],
    license: 'CC-BY-4.0',
    addedAt: '2026-04-02T10:00:00.000Z',
    publishedAt: '2026-03-30T10:00:00.000Z',
    ...item,
  });
  return {
    ...parsed,
    exhibitionId: exhibitionId ?? EXHIBITION_ID,
    position: overrides.position ?? 1,
    addedBy: addedBy ?? 'kai',
    consentResearch: consentResearch ?? false,
    ...(media ? { media } : {}),
  };
}
