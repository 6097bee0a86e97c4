import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { TABLE_DEFINITION, type IndexDefinition } from './table-definition';

const def = TABLE_DEFINITION;
const indexSchema = (index: IndexDefinition) => ({
  IndexName: index.name,
  KeySchema: [
    { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
    { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
  ],
  Projection: { ProjectionType: 'ALL' as const },
});
const attributesOf = (indexes: readonly IndexDefinition[]) =>
  indexes.flatMap((index) => [
    { AttributeName: index.partitionKey, AttributeType: 'S' as const },
    { AttributeName: index.sortKey, AttributeType: index.sortKeyType },
  ]);

const streamSpecification = { StreamEnabled: true, StreamViewType: def.streamViewType };

const INDEX_BUILD_LIMIT_MS = 60_000;

/** Waits until every index of the table is built (DynamoDB Local builds them in the background). */
async function untilIndexesActive(client: DynamoDBClient, tableName: string): Promise<void> {
  const deadline = Date.now() + INDEX_BUILD_LIMIT_MS;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const building = (Table?.GlobalSecondaryIndexes ?? []).filter(
      (index) => index.IndexStatus !== 'ACTIVE',
    );
    if (building.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Indexes of ${tableName} still building: ${building.map((i) => i.IndexName)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Creates the table from TABLE_DEFINITION unless it exists; an existing local table gets the
 * indexes added since it was made, and its stream (the event handlers read it, DESIGN §8) if it
 * was made before there was one. Used by `npm start`, the tests and the benchmark. `stream: false`
 * leaves the stream out: DynamoDB Local keeps every table's stream records, which makes a test
 * suite of many tables about three times slower, so only tests of event handlers ask for one.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
  options: { stream?: boolean } = {},
): Promise<'created' | 'exists' | 'updated'> {
  const wantsStream = options.stream ?? true;
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    const missing = def.indexes.filter((index) => !existing.has(index.name));
    for (const index of missing) {
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: attributesOf([index]),
          GlobalSecondaryIndexUpdates: [{ Create: indexSchema(index) }],
        }),
      );
      // One index is built at a time: the next UpdateTable is refused while this one is.
      await untilIndexesActive(client, tableName);
    }
    const stream = Table?.StreamSpecification;
    const streamMissing = wantsStream && !stream?.StreamEnabled;
    if (streamMissing) {
      // DynamoDB Local, like DynamoDB, takes one kind of change per UpdateTable.
      await client.send(
        new UpdateTableCommand({ TableName: tableName, StreamSpecification: streamSpecification }),
      );
    } else if (stream?.StreamEnabled && stream.StreamViewType !== def.streamViewType) {
      throw new Error(
        `Table ${tableName} streams ${stream.StreamViewType}; the event handlers need ${def.streamViewType}`,
      );
    }
    return missing.length || streamMissing ? 'updated' : 'exists';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const attributes = new Map<string, 'S' | 'N'>([
    [def.partitionKey, 'S'],
    [def.sortKey, 'S'],
  ]);
  for (const a of attributesOf(def.indexes)) attributes.set(a.AttributeName, a.AttributeType);
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
        AttributeName,
        AttributeType,
      })),
      KeySchema: [
        { AttributeName: def.partitionKey, KeyType: 'HASH' },
        { AttributeName: def.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: def.indexes.map(indexSchema),
      ...(wantsStream ? { StreamSpecification: streamSpecification } : {}),
    }),
  );
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: def.timeToLiveAttribute, Enabled: true },
    }),
  );
  return 'created';
}
