import type { StoredMedia } from '../../../shared/schemas/media';
import type { Story, StoryCall, StoryCard, StoryInput } from '../../../shared/schemas/story';
import { publicMedia, publicThumbnail } from '../../../shared/media-files';
import type { StoryStatus } from '../../../shared/vocabulary';
import { coarsenPlace } from '../../../shared/place';
import type { User } from '../core/auth';
import { hasGroup } from '../core/auth';

/** A story as stored (the API shape is derived from it for each caller). */
export type StoryRecord = Omit<StoryInput, 'media' | 'callId'> & {
  /** The call for stories it answers (curation), its title as at submission. */
  call?: StoryCall;
  /** What processing measured of each medium, with the author's texts (DESIGN §9); no URLs. */
  media?: StoredMedia[];
  id: string;
  status: StoryStatus;
  authorSub: string;
  /** The author's name at submission; shown only with attribution `name`. */
  authorName: string;
  voteCount: number;
  commentCount: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string;
  publishedAt?: string;
  lastDecision?: { decision: string; reason?: string; decidedAt: string };
  flags: string[];
  /** Where the flags are, for highlighting: moderators only. */
  flagSpans?: { field: 'title' | 'body'; kind: string; start: number; end: number }[];
  /** Reports since the last moderator decision on them; `hiddenBy: 'reports'` once they hid it. */
  reportCount?: number;
  hiddenBy?: 'reports';
  /** The exhibitions this story is in (curation), so leaving `published` can leave them too. */
  exhibitionIds?: Set<string>;
  /** Optimistic-concurrency version, bumped by every state change. */
  version: number;
};

export const EXCERPT_LENGTH = 280;

/** The first ~280 characters, cut at a word boundary. */
export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 200 ? cut.lastIndexOf(' ') : EXCERPT_LENGTH)}…`;
}

export const isAuthor = (story: Pick<StoryRecord, 'authorSub'>, user: User | null) =>
  !!user && user.sub === story.authorSub;

/** Author and moderators see the exact place; everyone else the coarsened one. */
const seesExactPlace = (story: StoryRecord, viewer: User | null) =>
  isAuthor(story, viewer) || hasGroup(viewer, 'moderators');

const publicAuthorName = (story: StoryRecord) =>
  story.attribution === 'name' ? story.authorName : null;

/** The story as `viewer` may see it. */
export function toStory(record: StoryRecord, viewer: User | null): Story {
  const own = isAuthor(record, viewer);
  return {
    id: record.id,
    status: record.status,
    title: record.title,
    body: record.body,
    language: record.language,
    themes: record.themes,
    place: seesExactPlace(record, viewer) ? record.place : coarsenPlace(record.place),
    period: record.period,
    contentWarnings: record.contentWarnings,
    // Public URLs only once published; a private view's route signs its own (media context).
    media: record.status === 'published' ? publicMedia(record.media) : [],
    attribution: record.attribution,
    authorName: publicAuthorName(record),
    consent: record.consent,
    voteCount: record.voteCount,
    commentCount: record.commentCount,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    publishedAt: record.publishedAt,
    lastDecision: own || hasGroup(viewer, 'moderators') ? record.lastDecision : undefined,
    isOwn: own,
    ...(record.call ? { call: record.call } : {}),
  };
}

/** A list card; `viewer` decides about the place and the decision, as for the full story. */
export function toCard(record: StoryRecord, viewer: User | null): StoryCard {
  const story = toStory(record, viewer);
  return {
    id: story.id,
    status: story.status,
    title: story.title,
    excerpt: excerptOf(record.body),
    thumbnail: record.status === 'published' ? publicThumbnail(record.media) : undefined,
    language: story.language,
    themes: story.themes,
    place: story.place,
    period: story.period,
    contentWarnings: story.contentWarnings,
    authorName: story.authorName,
    voteCount: story.voteCount,
    commentCount: story.commentCount,
    createdAt: story.createdAt,
    publishedAt: story.publishedAt,
    lastDecision: story.lastDecision,
  };
}
