import { ruhrAreaOf } from '../../../shared/ruhr-places';
import { DECISION_BUCKETS_HOURS } from '../../../shared/schemas/opendata';
import type { Place } from '../../../shared/schemas/story';
import { decadesOf } from '../stories/feed-facets';
import type { StatsDimension } from './stats-keys';

/** What one change adds to the counters: `<dimension>#<value>` → +n or −n. */
export type CounterDeltas = Map<string, { dimension: StatsDimension; value: string; by: number }>;

/** The decisions that end a story's wait in the queue (hide and restore come later, and differ). */
const QUEUE_DECISIONS = ['approve', 'reject', 'request-changes'];

type Image = Record<string, unknown> | undefined;
type StoryImage = {
  status?: string;
  themes?: string[];
  language?: string;
  period?: { from?: number; to?: number };
  place?: Place;
  consent?: { research?: boolean };
  submittedAt?: string;
  createdAt?: string;
  lastDecision?: { decision?: string; decidedAt?: string };
};

const isStory = (image: Image): image is StoryImage & Record<string, unknown> =>
  image?.entity === 'story';

/**
 * The city a published story counts under: the gazetteer's city of its place, at any precision
 * but `hidden` (a city is at most as fine as the public sees); none outside the gazetteer.
 */
export function cityOf(place: Place | undefined): string | undefined {
  if (!place || place.precision === 'hidden') return undefined;
  return ruhrAreaOf(place.name)?.city;
}

/** The counters a story is in while it is published (the research count with consent only). */
export function publishedCounters(story: StoryImage): [StatsDimension, string][] {
  if (story.status !== 'published') return [];
  const city = cityOf(story.place);
  return [
    ...(story.themes ?? []).map((theme): [StatsDimension, string] => ['theme', theme]),
    ...decadesOf(story.period).map((d): [StatsDimension, string] => ['decade', String(d)]),
    ...(story.language ? [['language', story.language] as [StatsDimension, string]] : []),
    ...(city ? [['city', city] as [StatsDimension, string]] : []),
    ...(story.consent?.research ? [['research', 'stories'] as [StatsDimension, string]] : []),
  ];
}

/** The fixed bucket a decision's wait falls in: its upper bound in hours, or `more`. */
export function decisionBucket(hours: number): string {
  const bound = DECISION_BUCKETS_HOURS.find((limit) => hours <= limit);
  return bound === undefined ? 'more' : String(bound);
}

const month = (iso: unknown) => (typeof iso === 'string' ? iso.slice(0, 7) : undefined);

/**
 * The counter changes of one stream change. A story counts in the publication counters only while
 * published: each change adds the counters of its new image and takes away those of its old one,
 * so publication, withdrawal, hiding, erasure and a change of consent all net out exactly. A new
 * story counts as a submission in its month, a new comment or reply in its month; a moderator's
 * first decision on a queued story counts its wait, since it was (re)submitted.
 */
export function counterDeltas(change: {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  keys: { sk: string };
  oldImage?: Image;
  newImage?: Image;
}): CounterDeltas {
  const deltas: CounterDeltas = new Map();
  const add = (dimension: StatsDimension, value: string, by: number) => {
    const key = `${dimension}#${value}`;
    const total = (deltas.get(key)?.by ?? 0) + by;
    if (total === 0) deltas.delete(key);
    else deltas.set(key, { dimension, value, by: total });
  };
  const before = isStory(change.oldImage) ? change.oldImage : undefined;
  const after = isStory(change.newImage) ? change.newImage : undefined;

  if (before || after) {
    for (const [d, v] of before ? publishedCounters(before) : []) add(d, v, -1);
    for (const [d, v] of after ? publishedCounters(after) : []) add(d, v, 1);
    if (change.eventName === 'INSERT' && after) {
      const at = month(after.submittedAt ?? after.createdAt);
      if (at) add('submissions', at, 1);
    }
    const decided = after?.lastDecision;
    if (
      change.eventName === 'MODIFY' &&
      before?.status === 'pending' &&
      decided?.decidedAt &&
      decided.decidedAt !== before.lastDecision?.decidedAt &&
      QUEUE_DECISIONS.includes(String(decided.decision)) &&
      before.submittedAt
    ) {
      const hours = (Date.parse(decided.decidedAt) - Date.parse(before.submittedAt)) / 3_600_000;
      if (Number.isFinite(hours)) add('decision-hours', decisionBucket(Math.max(0, hours)), 1);
    }
    return deltas;
  }

  if (change.eventName === 'INSERT' && change.newImage?.entity === 'comment') {
    const at = month(change.newImage.createdAt);
    if (at) add('comments', at, 1);
  }
  return deltas;
}
