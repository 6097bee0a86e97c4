import { coarsenPlace } from '../../../../shared/place';
import type { Period, PublicPlace } from '../../../../shared/schemas/story';
import type { Language, License, Theme } from '../../../../shared/vocabulary';
import { excerptOf, type StoryRecord } from '../../stories/story-record';

/**
 * What a harvester may learn of a public story: only what its public page shows (DESIGN §2:
 * the place at its public precision, no name on an anonymous story). No sub, no exact place,
 * no consent other than the licence, nothing of moderation.
 */
export type OaiMetadata = {
  title: string;
  /** The author's display name, only when they chose to be named; otherwise "anonym". */
  creator: string | null;
  description: string;
  language: Language;
  themes: Theme[];
  place?: PublicPlace;
  period?: Period;
  license: License;
  /** When the story was first published (ISO 8601). */
  publishedAt: string;
};

/**
 * One record of the harvest (DESIGN §10, `deletedRecord=persistent`). A deleted record (the
 * story was withdrawn, hidden, lost its online consent or was erased) keeps only its identifier,
 * datestamp and sets.
 */
export type OaiRecord = {
  storyId: string;
  /** When the record last changed, to the second: `YYYY-MM-DDThh:mm:ssZ`. */
  datestamp: string;
  sets: Theme[];
  deleted: boolean;
  metadata?: OaiMetadata;
};

/** A story as the stream gives it: the stored item, perhaps partly (an old image). */
type StoryImage = Partial<StoryRecord>;

/** Whether the public may see the story now: published, with the author's online consent. */
export const isHarvestable = (story: StoryImage | undefined): story is StoryRecord =>
  story?.status === 'published' && story.consent?.online === true;

/** The record's metadata from a public story; the same function for the handler and tests. */
export function oaiMetadataOf(story: StoryRecord): OaiMetadata {
  const place = coarsenPlace(story.place);
  return {
    title: story.title,
    creator: story.attribution === 'name' && story.authorName ? story.authorName : null,
    description: excerptOf(story.body),
    language: story.language,
    themes: [...story.themes],
    ...(place ? { place } : {}),
    ...(story.period ? { period: story.period } : {}),
    license: story.consent.license,
    publishedAt: story.publishedAt ?? story.updatedAt,
  };
}

/** A datestamp of the protocol's finest granularity (seconds, UTC). */
export const datestampOf = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** JSON with the keys of every object sorted: DynamoDB keeps no order of a map's keys. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Two records say the same to a harvester (then the datestamp must not move). */
export function sameRecord(a: OaiRecord, b: Omit<OaiRecord, 'datestamp'>): boolean {
  return (
    a.deleted === b.deleted &&
    canonical(a.sets) === canonical(b.sets) &&
    canonical(a.metadata) === canonical(b.metadata)
  );
}
