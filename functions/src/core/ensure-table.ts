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

/**
 * Creates the table from TABLE_DEFINITION unless it exists; an existing local table gets the
 * indexes added since it was made, and its stream (the event handlers read it, DESIGN §8) if it
 * was made before there was one. Used by `npm start`, the tests and the benchmark.
 */
export async function ensureTable(
  client: DynamoDBClient,
  tableName: string,
): Promise<'created' | 'exists' | 'updated'> {
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
    }
    const stream = Table?.StreamSpecification;
    const streamMissing = !stream?.StreamEnabled;
    if (streamMissing) {
      // DynamoDB Local, like DynamoDB, takes one kind of change per UpdateTable.
      await client.send(
        new UpdateTableCommand({ TableName: tableName, StreamSpecification: streamSpecification }),
      );
    } else if (stream.StreamViewType !== def.streamViewType) {
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
      StreamSpecification: streamSpecification,
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
