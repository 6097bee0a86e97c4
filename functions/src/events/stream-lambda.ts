import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { Logger } from '../core/logger';
import { toChangeRecords, type EventHandler } from './change-record';

/**
 * A stream handler as a Lambda function with partial batch responses (the event source mapping
 * has `reportBatchItemFailures`): the records go to the handler one by one, in order; at the
 * first that fails, the answer names it, and Lambda retries the batch from that record on (those
 * before it are done and not given again). With bisect-on-error and the retry limit, a record
 * that keeps failing ends in the dead-letter queue. The handler is idempotent either way.
 */
export function streamLambda(handle: EventHandler, log: Logger) {
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    for (const record of event.Records) {
      try {
        await handle(toChangeRecords([record]));
      } catch (error) {
        log.error('stream record failed; retried from here', {
          eventId: record.eventID,
          error: error instanceof Error ? error.message : String(error),
        });
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    return { batchItemFailures: [] };
  };
}
