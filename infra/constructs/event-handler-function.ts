import { join, relative, sep } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { HandlerEntry } from '../../functions/src/events/catalogue';
import { ContextFunction } from './context-function';
import type { Identity } from './identity';
import { MEDIA_PREFIXES, type MediaBucket } from './media-bucket';
import { distributionArn } from './web-distribution';
import type { StoriesTable } from './stories-table';

/** Where the catalogue's entries live; ContextFunction resolves an entry inside its context. */
const EVENTS_FOLDER = join('functions', 'src', 'events');

/**
 * How each handler reads the table's stream. A batch that throws is split in halves
 * (bisect) and retried until the failing change stands alone; after the retries, or once its
 * changes are an hour old, its place in the stream goes to the dead-letter queue, and the
 * shard moves on. An hour leaves most of the stream's 24 hours to replay it (README,
 * "Operations"). One batch per shard at a time (no parallelization), so changes to one item
 * arrive in order.
 */
export const STREAM_READING = {
  // A new mapping starts with the changes after its creation: a first deploy sends no e-mail
  // about yesterday's decisions, and does not fill the dead-letter queue with history older than
  // maxRecordAge. Later deploys update the mapping in place (function, filters and batching are
  // all updatable), so it keeps its position and skips nothing.
  startingPosition: StartingPosition.LATEST,
  // Up to ten changes, gathered for at most a second: well within 5 s of the change, as locally.
  batchSize: 10,
  maxBatchingWindow: Duration.seconds(1),
  bisectBatchOnError: true,
  retryAttempts: 5,
  maxRecordAge: Duration.hours(1),
  // A handler may name the failed records (`batchItemFailures`); returning nothing means all done.
  reportBatchItemFailures: true,
} as const;

/** Ten changes may each ask Cognito for an address and SES to send; 10 s is an API request's. */
export const EVENT_HANDLER_TIMEOUT = Duration.seconds(30);

/**
 * Every `needs` flag the stack knows how to grant: `ses` sends from mailFrom, `directory` reads one
 * person from the pool, `media` publishes and deletes media files (the media publisher: its
 * bucket prefixes in MediaBucket.grantPublishing) and invalidates the site's /media/* cache.
 * An entry naming anything else fails the synth rather than deploying a handler without rights.
 */
export const KNOWN_NEEDS = ['ses', 'directory', 'media'] as const;
type Needs = { [Need in (typeof KNOWN_NEEDS)[number]]?: boolean };

/** The dead-letter queue keeps a failed batch's place in the stream for the SQS maximum. */
export const DEAD_LETTER_RETENTION = Duration.days(14);

export type EventHandlerFunctionProps = {
  /** One entry of EVENT_HANDLERS (functions/src/events/catalogue.ts). */
  handler: HandlerEntry;
  table: StoriesTable;
  /** The pool and the sending identity, for what `handler.needs` names. */
  identity: Identity;
  /** The media bucket and the site's distribution, for `needs.media`. */
  media: { bucket: MediaBucket; distribution: IDistribution };
  /**
   * What config.ts should read besides the pool and the sender (added here by `needs`): the table,
   * the log level, the site's address for links. A handler verifies no tokens (its entry loads the
   * configuration with AUTH_MODE=local), so the API's sign-in settings and secrets stay out.
   */
  environment: Record<string, string>;
};

/**
 * One event handler of DESIGN §8 on AWS: a Lambda with the project's defaults, reading the
 * table's stream through an event source mapping with the catalogue's filters, a dead-letter
 * queue, and grants for exactly what the entry needs. Its alarms are in ./monitoring.
 */
export class EventHandlerFunction extends Construct {
  readonly name: string;
  readonly fn: NodejsFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: EventHandlerFunctionProps) {
    super(scope, id);
    const { handler, identity } = props;
    this.name = handler.name;
    const file = relative(EVENTS_FOLDER, handler.entry);
    if (file.startsWith('..') || file.includes(sep)) {
      throw new Error(
        `Event handler ${handler.name}: its entry must be a file in ${EVENTS_FOLDER}`,
      );
    }

    const unknown = Object.keys(handler.needs).filter(
      (need) => !(KNOWN_NEEDS as readonly string[]).includes(need),
    );
    if (unknown.length) {
      throw new Error(
        `Event handler ${handler.name} needs ${unknown.join(', ')}: the stack grants only ` +
          KNOWN_NEEDS.join(', '),
      );
    }
    const needs: Needs = handler.needs;
    const { bucket, distribution } = props.media;

    const environment: Record<string, string> = { ...props.environment };
    if (needs.directory) environment.USER_POOL_ID = identity.userPool.userPoolId;
    if (needs.ses) environment.MAIL_FROM = identity.mailFromHeader;
    if (needs.media) {
      environment.MEDIA_BUCKET = bucket.bucket.bucketName;
      environment.CDN_DISTRIBUTION_ID = distribution.distributionId;
    }
    this.fn = new ContextFunction(this, 'Handler', {
      context: 'events',
      entry: file,
      purpose: `Runs the ${handler.name} event handler of Ruhr Stories`,
      // Reads and writes: a handler keeps idempotency markers and derived items in the table.
      // The stream's own read actions come with the event source mapping below.
      // A handler that names the items it writes may write only those (stats counter).
      table: { table: props.table, access: handler.writes ? 'read' : 'readWrite' },
      environment,
      timeout: EVENT_HANDLER_TIMEOUT,
      // No reserved concurrency: with one batch per shard at a time, the stream's shards bound
      // the instances already, and a reservation would only raise the account quota needed.
    }).fn;
    if (handler.writes) props.table.grantWritesWithin(this.fn, handler.writes);
    if (needs.directory) identity.grantDirectoryRead(this.fn);
    if (needs.ses) identity.grantSendEmail(this.fn);
    if (needs.media) {
      bucket.grantPublishing(this.fn);
      bucket.acknowledgeGrants(
        this.fn,
        [MEDIA_PREFIXES.private, MEDIA_PREFIXES.public, MEDIA_PREFIXES.uploads],
        'The media publisher copies and deletes the files of any medium: each key is ' +
          '<prefix><id>/<file>, with ids known only at run time.',
      );
      // When a public copy goes, its cached answers go too: on this distribution only
      // (CloudFront has no narrower resource, such as a path).
      this.fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['cloudfront:CreateInvalidation'],
          resources: [distributionArn(distribution)],
        }),
      );
    }

    // Holds where a failed batch is in the stream (shard, sequence numbers), not the changes.
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: DEAD_LETTER_RETENTION,
    });
    this.fn.addEventSource(
      new DynamoEventSource(props.table.table, {
        ...STREAM_READING,
        filters: handler.filters.map((pattern) => FilterCriteria.filter(pattern)),
        onFailure: new SqsDlq(this.deadLetterQueue),
      }),
    );

    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        "This queue is itself the dead-letter queue, of the handler's event source mapping; what " +
        'it holds is redriven by hand from the stream (README, "Operations"), never consumed.',
    });
  }
}
