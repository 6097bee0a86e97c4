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
  /** What the handler talks to besides the table (for its grants). */
  needs: { ses?: boolean; directory?: boolean };
};

/** A story's own item (`STORY#<id>` / `STORY`) changed. */
const storyItemChanged: FilterPattern = {
  eventName: ['MODIFY'],
  dynamodb: { Keys: { sk: { S: ['STORY'] } } },
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

export const EVENT_HANDLERS = [
  {
    // E-mails a decision on a story to its author, if they chose it (DESIGN §7).
    name: 'notifier',
    entry: 'functions/src/events/notifier-lambda.ts',
    filters: [storyItemChanged],
    needs: { ses: true, directory: true },
  },
  {
    // Removes titles and text of withdrawn and erased stories from logs after 90 days (README).
    name: 'retention',
    entry: 'functions/src/events/retention-lambda.ts',
    filters: [storyWithdrawn, storyOrCommentErased, commentDecided],
    needs: {},
  },
] as const satisfies readonly HandlerEntry[];

export type HandlerName = (typeof EVENT_HANDLERS)[number]['name'];
