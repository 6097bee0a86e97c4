import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../core/logger';
import type { ChangeRecord } from './change-record';
import { streamLambda } from './stream-lambda';

const record = (n: number): DynamoDBRecord => ({
  eventID: `e${n}`,
  eventName: 'MODIFY',
  dynamodb: {
    Keys: { pk: { S: `STORY#${n}` }, sk: { S: 'STORY' } },
    SequenceNumber: `${100 + n}`,
    ApproximateCreationDateTime: 1_700_000_000,
  },
});
const silent = createLogger('test', 'silent');

describe('a stream handler as a Lambda with partial batch responses', () => {
  it('hands every record on in order and reports no failure', async () => {
    const seen: ChangeRecord[] = [];
    const lambda = streamLambda(async (changes) => void seen.push(...changes), silent);
    expect(await lambda({ Records: [record(1), record(2)] })).toEqual({ batchItemFailures: [] });
    expect(seen.map((c) => c.eventId)).toEqual(['e1', 'e2']);
  });

  it('stops at the first record that fails and names it, so Lambda retries from there', async () => {
    const seen: string[] = [];
    const lambda = streamLambda(async ([change]) => {
      if (change!.eventId === 'e2') throw new Error('SES is down');
      seen.push(change!.eventId);
    }, silent);
    const answer = await lambda({ Records: [record(1), record(2), record(3)] });
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '102' }] });
    expect(seen).toEqual(['e1']);
  });
});
