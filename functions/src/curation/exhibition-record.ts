import type {
  Exhibition,
  ExhibitionItem,
  ExhibitionStatus,
  Localized,
} from '../../../shared/schemas/curation';
import { publicMedia } from '../../../shared/media-files';
import type { StoredMedia } from '../../../shared/schemas/media';
import { coarsenPlace } from '../../../shared/place';
import type { StoryRecord } from '../stories/story-record';

/** An exhibition as stored (its meta item); the API shape drops the bookkeeping. */
export type ExhibitionRecord = Omit<Exhibition, 'status'> & {
  status: ExhibitionStatus;
  createdBy: string;
  /** Optimistic-concurrency version of the meta fields; item changes only move itemCount. */
  version: number;
};

/**
 * A story in an exhibition as stored: a snapshot of what a kiosk shows, taken when it was added.
 * A published story's content cannot change (authors edit only before publication), and every
 * way it can stop being shown (withdrawal, hiding, consent) deletes this item in the same
 * transaction, so the snapshot never shows more than the story's author allows. Its media are kept
 * as the story keeps them (no URLs): each read gives their public URLs, so a copy never holds a
 * stale or private one (items from before media have none).
 */
export type ExhibitionItemRecord = Omit<ExhibitionItem, 'position' | 'media'> & {
  media?: StoredMedia[];
  exhibitionId: string;
  /** Sort value: the time added (new items go last) until a curator sets the order (1…n). */
  position: number;
  addedBy: string;
  /** The author's research consent, kept in step by consent changes; exports report it. */
  consentResearch: boolean;
};

/** The exhibition as the API shows it. */
export function toExhibition(record: ExhibitionRecord): Exhibition {
  const { createdBy, version, ...exhibition } = record;
  return { ...exhibition, itemCount: Math.max(0, record.itemCount) };
}

/** Items in the curators' order, numbered from 1; ties (never reordered) by time added. */
export function orderedItems(records: ExhibitionItemRecord[]): ExhibitionItemRecord[] {
  return [...records].sort((a, b) => a.position - b.position || a.addedAt.localeCompare(b.addedAt));
}

/** The kiosk's view of the items, in order. */
export function toExhibitionItems(records: ExhibitionItemRecord[]): ExhibitionItem[] {
  return orderedItems(records).map((record, index) => {
    const { exhibitionId, addedBy, consentResearch, media, ...item } = record;
    return { ...item, media: publicMedia(media), position: index + 1 };
  });
}

/** What the kiosk needs of a story, with the place coarsened as for the public. */
export function itemSnapshot(
  story: StoryRecord,
  item: { exhibitionId: string; caption?: Localized; at: string; by: string },
): ExhibitionItemRecord {
  return {
    exhibitionId: item.exhibitionId,
    storyId: story.id,
    position: Date.parse(item.at),
    caption: item.caption,
    addedAt: item.at,
    addedBy: item.by,
    title: story.title,
    body: story.body,
    language: story.language,
    themes: story.themes,
    place: coarsenPlace(story.place),
    period: story.period,
    contentWarnings: story.contentWarnings,
    ...(story.media?.length ? { media: story.media } : {}),
    attribution: story.attribution,
    authorName: story.attribution === 'name' ? story.authorName : null,
    license: story.consent.license,
    consentResearch: story.consent.research,
    publishedAt: story.publishedAt,
  };
}
