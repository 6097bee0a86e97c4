import { coarsenPlace } from '../../../shared/place';
import type { ResearchStory } from '../../../shared/schemas/opendata';
import { csvField } from '../curation/export/csv';
import type { StoryRecord } from '../stories/story-record';

/** The columns in their fixed order: the CSV header, the JSON Lines keys, the dictionary. */
export const RESEARCH_COLUMNS = [
  'id',
  'url',
  'title',
  'body',
  'language',
  'themes',
  'periodFrom',
  'periodTo',
  'periodLabel',
  'placeName',
  'placeLat',
  'placeLng',
  'placePrecision',
  'contentWarnings',
  'license',
  'publishedAt',
  'mediaCount',
  'callId',
] as const satisfies readonly (keyof ResearchStory)[];

/**
 * A story as research data: what the public page shows, never the author (no name, sub or
 * e-mail, not even for a named story: research is about stories, not people), the place as
 * `coarsenPlace` gives it (nothing for `hidden`).
 */
export function toResearchStory(
  story: StoryRecord,
  storyUrl: (id: string) => string,
): ResearchStory {
  const place = coarsenPlace(story.place);
  const row: ResearchStory = {
    id: story.id,
    url: storyUrl(story.id),
    title: story.title,
    body: story.body,
    language: story.language,
    themes: [...story.themes],
    periodFrom: story.period?.from ?? null,
    periodTo: story.period?.to ?? null,
    periodLabel: story.period?.label ?? null,
    placeName: place?.name ?? null,
    placeLat: place?.lat ?? null,
    placeLng: place?.lng ?? null,
    placePrecision: place && place.precision !== 'hidden' ? place.precision : null,
    contentWarnings: [...(story.contentWarnings ?? [])],
    license: story.consent.license,
    publishedAt: story.publishedAt ?? story.updatedAt,
    mediaCount: story.media?.length ?? 0,
    callId: story.call?.id ?? null,
  };
  // The fixed order, whatever order the fields were written in above.
  return Object.fromEntries(RESEARCH_COLUMNS.map((c) => [c, row[c]])) as ResearchStory;
}

/** One JSON Lines line per story, `\n` after each. */
export const jsonLines = (rows: ResearchStory[]) =>
  rows.map((row) => `${JSON.stringify(row)}\n`).join('');

/**
 * CSV as the curation export writes it (every field quoted, formula starts defused, CRLF),
 * lists joined by `|`, null as an empty field. The header comes only with the first page, so the
 * pages of one download concatenate into one file; the byte order mark too.
 */
export function csvRows(rows: ResearchStory[], withHeader: boolean): string {
  const cell = (value: ResearchStory[keyof ResearchStory]) =>
    csvField(Array.isArray(value) ? value.join('|') : (value ?? ''));
  const lines = rows.map((row) => RESEARCH_COLUMNS.map((c) => cell(row[c])).join(','));
  const header = withHeader ? [RESEARCH_COLUMNS.map((c) => csvField(c)).join(',')] : [];
  const text = [...header, ...lines].map((line) => `${line}\r\n`).join('');
  return withHeader ? `\uFEFF${text}` : text;
}
