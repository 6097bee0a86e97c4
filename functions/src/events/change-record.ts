import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';

/**
 * One change to one item of the table, as DynamoDB Streams (`NEW_AND_OLD_IMAGES`) tells it, with
 * the images as plain objects. The Lambda's stream event and the local poller both give the raw
 * records; every handler (DESIGN §8) reads them through this one shape.
 */
export type ChangeRecord = {
  /** Unique per change: what a handler keys its idempotency on. */
  eventId: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  keys: { pk: string; sk: string };
  oldImage?: Record<string, unknown>;
  newImage?: Record<string, unknown>;
  /** When the change was written (the stream's approximate creation time), ISO 8601. */
  at: string;
};

type Image = Record<string, AttributeValue>;

const plain = (image: unknown) =>
  image ? (unmarshall(image as Image) as Record<string, unknown>) : undefined;

/** The stream's records as change records; a record without keys (none are) is skipped. */
export function toChangeRecords(records: DynamoDBRecord[]): ChangeRecord[] {
  return records.flatMap((record) => {
    const keys = plain(record.dynamodb?.Keys);
    if (!keys || !record.eventName) return [];
    const seconds = record.dynamodb?.ApproximateCreationDateTime ?? Date.now() / 1000;
    return [
      {
        eventId: record.eventID ?? `${String(keys.pk)}/${String(keys.sk)}@${seconds}`,
        eventName: record.eventName,
        keys: { pk: String(keys.pk), sk: String(keys.sk) },
        oldImage: plain(record.dynamodb?.OldImage),
        newImage: plain(record.dynamodb?.NewImage),
        at: new Date(seconds * 1000).toISOString(),
      },
    ];
  });
}

/**
 * A stream handler: a plain function of a batch of changes, idempotent (a batch may come again
 * after a failure, and the local poller and a Lambda give the same records). It throws to have
 * the batch retried (on AWS: bisected, then sent to the dead-letter queue).
 */
export type EventHandler = (changes: ChangeRecord[]) => Promise<void>;
