import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTableClient } from '../functions/src/core/dynamo';
import { ensureTable } from '../functions/src/core/ensure-table';
import { TABLE_DEFINITION } from '../functions/src/core/table-definition';

describe('the local table bootstrap and its stream', () => {
  const client = createTableClient({
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    awsRegion: 'eu-central-1',
  });
  afterAll(() => client.destroy());
  const streamOf = async (TableName: string) =>
    (await client.send(new DescribeTableCommand({ TableName }))).Table?.StreamSpecification;

  it('makes a new table with a stream of new and old images', async () => {
    const name = `bootstrap-${randomUUID()}`;
    expect(await ensureTable(client, name)).toBe('created');
    expect(await streamOf(name)).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    expect(await ensureTable(client, name)).toBe('exists');
  });

  it('turns the stream on for a table made before there was one (a `.data` of old)', async () => {
    const name = `bootstrap-old-${randomUUID()}`;
    // As an older checkout made it: the indexes, and no stream. (Adding an index is left out here:
    // DynamoDB Local builds it in the background, which takes minutes in a busy suite.)
    const older = TABLE_DEFINITION.indexes;
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          ...new Map(
            [
              { AttributeName: 'pk', AttributeType: 'S' as const },
              { AttributeName: 'sk', AttributeType: 'S' as const },
              ...older.flatMap((index) => [
                { AttributeName: index.partitionKey, AttributeType: 'S' as const },
                { AttributeName: index.sortKey, AttributeType: index.sortKeyType },
              ]),
            ].map((a) => [a.AttributeName, a]),
          ).values(),
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: older.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
            { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
          ],
          Projection: { ProjectionType: 'ALL' as const },
        })),
      }),
    );
    expect((await streamOf(name))?.StreamEnabled ?? false).toBe(false);
    expect(await ensureTable(client, name)).toBe('updated');
    expect(await streamOf(name)).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(
      TABLE_DEFINITION.indexes.map((index) => index.name).sort(),
    );
    expect(await ensureTable(client, name)).toBe('exists');
  });
});
