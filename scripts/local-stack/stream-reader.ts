import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type _Record as StreamRecord,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';

/** DynamoDB Local accepts any credentials but keeps one database per access key (core/dynamo.ts). */
const LOCAL = {
  region: 'eu-central-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

export type StreamReader = {
  /** Every record written since the last read (or since the reader was opened), oldest first. */
  read(): Promise<DynamoDBRecord[]>;
  close(): void;
};

/**
 * The SDK's record as Lambda hands it to a function: the creation time in epoch seconds (the SDK
 * makes it a Date), and the stream's ARN as the event source.
 */
function asLambdaRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  const { ApproximateCreationDateTime: created, ...dynamodb } = record.dynamodb ?? {};
  return {
    ...(record as DynamoDBRecord),
    eventSourceARN: streamArn,
    dynamodb: {
      ...(dynamodb as DynamoDBRecord['dynamodb']),
      ApproximateCreationDateTime: created ? created.getTime() / 1000 : undefined,
    },
  };
}

/**
 * Reads a table's stream at a DynamoDB Local endpoint from now on (LATEST on every shard open at
 * the start), as the Lambda service reads it on AWS: shards that open later (a closed shard's
 * children) are read from their start (TRIM_HORIZON), so no record is skipped. Used by the local
 * poller (`npm start`, browser tests) and by the handler tests (test/support/stream.ts).
 */
export async function openStreamReader(options: {
  endpoint: string;
  tableName: string;
}): Promise<StreamReader> {
  const table = new DynamoDBClient({ ...LOCAL, endpoint: options.endpoint });
  const streams = new DynamoDBStreamsClient({ ...LOCAL, endpoint: options.endpoint });
  const { Table } = await table.send(new DescribeTableCommand({ TableName: options.tableName }));
  table.destroy();
  const StreamArn = Table?.LatestStreamArn;
  if (!StreamArn || !Table?.StreamSpecification?.StreamEnabled) {
    streams.destroy();
    throw new Error(`Table ${options.tableName} has no stream (ensureTable enables it)`);
  }

  /** Open shards by id → the iterator to read next (`null` once a shard is closed and read), and
   * the last sequence number read there, to pick up after it when an iterator expires. */
  const iterators = new Map<string, string | null>();
  const lastRead = new Map<string, string>();

  async function shards(): Promise<Shard[]> {
    const found: Shard[] = [];
    let ExclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await streams.send(
        new DescribeStreamCommand({ StreamArn, ExclusiveStartShardId }),
      );
      found.push(...(StreamDescription?.Shards ?? []));
      ExclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (ExclusiveStartShardId);
    return found;
  }

  async function iteratorFor(
    ShardId: string,
    type: 'LATEST' | 'TRIM_HORIZON' | 'AFTER_SEQUENCE_NUMBER',
    SequenceNumber?: string,
  ) {
    const out = await streams.send(
      new GetShardIteratorCommand({ StreamArn, ShardId, ShardIteratorType: type, SequenceNumber }),
    );
    return out.ShardIterator ?? null;
  }

  /** Adds the shards not seen yet; at the start at LATEST, later from their beginning. */
  async function discover(type: 'LATEST' | 'TRIM_HORIZON') {
    for (const shard of await shards()) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      // A shard closed before we opened the reader holds only what came before: nothing for us.
      if (type === 'LATEST' && shard.SequenceNumberRange?.EndingSequenceNumber) {
        iterators.set(shard.ShardId, null);
        continue;
      }
      iterators.set(shard.ShardId, await iteratorFor(shard.ShardId, type));
    }
  }

  await discover('LATEST');
  let lastDiscovery = Date.now();

  return {
    async read() {
      // New shards are rare (DynamoDB rolls them every few hours); look now and then, and
      // whenever one closed, since its children carry on where it stopped.
      let closed = false;
      const records: DynamoDBRecord[] = [];
      for (const [shardId, iterator] of iterators) {
        if (!iterator) continue;
        let next: string | null = iterator;
        try {
          const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
          const got = out.Records ?? [];
          records.push(...got.map((r) => asLambdaRecord(r, StreamArn)));
          const last = got.at(-1)?.dynamodb?.SequenceNumber;
          if (last) lastRead.set(shardId, last);
          next = out.NextShardIterator ?? null;
        } catch (error) {
          // An iterator lives 15 minutes: a reader that slept longer goes on after what it read.
          const expired =
            error instanceof ExpiredIteratorException ||
            error instanceof TrimmedDataAccessException;
          if (!expired) throw error;
          const after = lastRead.get(shardId);
          next = after
            ? await iteratorFor(shardId, 'AFTER_SEQUENCE_NUMBER', after)
            : await iteratorFor(shardId, 'TRIM_HORIZON');
        }
        if (!next) closed = true;
        iterators.set(shardId, next);
      }
      if (closed || Date.now() - lastDiscovery > 10_000) {
        lastDiscovery = Date.now();
        await discover('TRIM_HORIZON');
      }
      return records;
    },
    close: () => streams.destroy(),
  };
}
