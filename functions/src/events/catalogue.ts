import { oaiKeys } from '../opendata/oai/keys';
import { statsKeys } from '../opendata/stats-keys';

/**
 * The event handlers (DESIGN §8), as data: which changes each one wants and where its Lambda entry
 * is. The CDK stack makes one Lambda and one event source mapping per entry, with these filters as
 * its filter criteria; the local poller applies the same filters before it calls the handler, so a
 * handler sees the same records here and on AWS. Patterns use Lambda's event-filtering syntax over
 * the raw stream record (`eventName`, `dynamodb.Keys`, `dynamodb.NewImage`, … as attribute values).
 */
export type FilterPattern = Record<string, unknown>;

export type HandlerEntry = {
  name: string;
  /** The Lambda entry file, from the repository's root. */
  entry: string;
  /** A record is delivered when any one pattern matches it. */
  filters: FilterPattern[];
  /**
   * What the handler talks to besides the table (for its grants). `media`: the media bucket
   * (read `private/`, write and delete `public/`, delete `uploads/` and `private/`) and the
   * CDN's invalidations (MEDIA_BUCKET, CDN_DISTRIBUTION_ID).
   */
  needs: { ses?: boolean; directory?: boolean; media?: boolean };
  /**
   * The partition keys (IAM patterns) of the only items the handler writes: it then reads the
   * table and writes nothing else. Without it, a handler reads and writes the table.
   */
  writes?: readonly string[];
};

/** A story's own item (`STORY#<id>` / `STORY`) changed. */
const storyItemChanged: FilterPattern = {
  eventName: ['MODIFY'],
  dynamodb: { Keys: { sk: { S: ['STORY'] } } },
};

/**
 * A comment or reply by the museum (badge `museum`) written or changed while published: the
 * notifier tells the story's author of the answer (DESIGN §10) once; later changes of the same
 * comment (a reply counted on it) come too and are skipped by the handler.
 */
const museumCommentPublished: FilterPattern = {
  eventName: ['INSERT', 'MODIFY'],
  dynamodb: {
    NewImage: {
      entity: { S: ['comment'] },
      badge: { S: ['museum'] },
      status: { S: ['published'] },
    },
  },
};

/**
 * What takes a story or comment out of view for good (retention): a story's item modified into
 * `withdrawn`; a story, comment or reply deleted (erasure); the pointer from a person to a comment
 * they wrote deleted (erasure deletes the person's partition, whether it deletes or anonymises
 * the comment). The prefixes are `storyKeys.commentPrefix`, `storyKeys.allRepliesPrefix` and the
 * accounts' `WROTE#COMMENT#` (retention-filters.test.ts holds them to the repositories).
 */
const storyWithdrawn: FilterPattern = {
  eventName: ['MODIFY'],
  dynamodb: { Keys: { sk: { S: ['STORY'] } }, NewImage: { status: { S: ['withdrawn'] } } },
};
const storyOrCommentErased: FilterPattern = {
  eventName: ['REMOVE'],
  dynamodb: {
    Keys: {
      sk: {
        S: ['STORY', { prefix: 'STORY#C#' }, { prefix: 'REPLY#' }, { prefix: 'WROTE#COMMENT#' }],
      },
    },
  },
};

/** A decision on a comment: its story may have been withdrawn just before (retention). */
const commentDecided: FilterPattern = {
  eventName: ['INSERT'],
  dynamodb: { NewImage: { entity: { S: ['audit'] }, entityType: { S: ['comment'] } } },
};

/**
 * What can change a story's media's visibility (media publisher): a story's item written as
 * published, or changed from published (hidden, withdrawn; or its media changed while it stays
 * published), or deleted (erasure); a medium's item deleted (its TTL, or its owner's erasure:
 * the handler leaves an attached one's files to its story). Lambda's filters cannot compare the
 * two images, so a published story's vote count comes too; the handler finds nothing to do.
 * `mediaKeys.prefix` (media-publisher-filters.test.ts holds the prefix to the repository).
 */
const storyPublishedAfter: FilterPattern = {
  eventName: ['INSERT', 'MODIFY'],
  dynamodb: { Keys: { sk: { S: ['STORY'] } }, NewImage: { status: { S: ['published'] } } },
};
const storyPublishedBefore: FilterPattern = {
  eventName: ['MODIFY'],
  dynamodb: { Keys: { sk: { S: ['STORY'] } }, OldImage: { status: { S: ['published'] } } },
};
const storyRemoved: FilterPattern = {
  eventName: ['REMOVE'],
  dynamodb: { Keys: { sk: { S: ['STORY'] } } },
};
const mediumRemoved: FilterPattern = {
  eventName: ['REMOVE'],
  dynamodb: { Keys: { sk: { S: [{ prefix: 'MEDIA#' }] } } },
};

/**
 * What the public statistics count (stats counter): any change of a story's item (publication,
 * hiding, withdrawal, consent, a decision; its deletion by erasure), and a new comment or reply
 * (`storyKeys.commentPrefix`, `storyKeys.allRepliesPrefix`).
 */
const storyItemAnyChange: FilterPattern = {
  eventName: ['INSERT', 'MODIFY', 'REMOVE'],
  dynamodb: { Keys: { sk: { S: ['STORY'] } } },
};
const commentWritten: FilterPattern = {
  eventName: ['INSERT'],
  dynamodb: { Keys: { sk: { S: [{ prefix: 'STORY#C#' }, { prefix: 'REPLY#' }] } } },
};

export const EVENT_HANDLERS = [
  {
    // E-mails a decision on a story to its author, if they chose it (DESIGN §7); tells them of
    // the museum's answers on it, in the app and, if they chose it, by e-mail (DESIGN §10).
    name: 'notifier',
    entry: 'functions/src/events/notifier-lambda.ts',
    filters: [storyItemChanged, museumCommentPublished],
    needs: { ses: true, directory: true },
  },
  {
    // Removes titles and text of withdrawn and erased stories from logs after 90 days (README).
    name: 'retention',
    entry: 'functions/src/events/retention-lambda.ts',
    filters: [storyWithdrawn, storyOrCommentErased, commentDecided],
    needs: {},
  },
  {
    // Copies a published story's media to public/ and deletes the copies when it leaves (DESIGN §9).
    name: 'media-publisher',
    entry: 'functions/src/events/media-publisher-lambda.ts',
    filters: [storyPublishedAfter, storyPublishedBefore, storyRemoved, mediumRemoved],
    needs: { media: true },
  },
  {
    // Keeps the OAI-PMH harvest's records following each story's public view (DESIGN §10):
    // the same changes as the media publisher's stories (published, leaving publication, erased).
    name: 'oai-records',
    entry: 'functions/src/events/oai-records-lambda.ts',
    filters: [storyPublishedAfter, storyPublishedBefore, storyRemoved],
    needs: {},
    // Its records and list entries only (opendata/oai/keys.ts).
    writes: oaiKeys.leadingKeys,
  },
  {
    // Keeps the counters of the public statistics and the research export's count (DESIGN §10).
    name: 'stats-counter',
    entry: 'functions/src/events/stats-counter-lambda.ts',
    filters: [storyItemAnyChange, commentWritten],
    needs: {},
    // Its counters and its record markers only (opendata/stats-keys.ts).
    writes: statsKeys.leadingKeys,
  },
] as const satisfies readonly HandlerEntry[];

export type HandlerName = (typeof EVENT_HANDLERS)[number]['name'];
