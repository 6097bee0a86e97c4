import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createTableClient } from '../functions/src/core/dynamo';
import { ensureTable } from '../functions/src/core/ensure-table';

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
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    );
    expect((await streamOf(name))?.StreamEnabled ?? false).toBe(false);
    expect(await ensureTable(client, name)).toBe('updated');
    expect(await streamOf(name)).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    expect(await ensureTable(client, name)).toBe('exists');
  });
});
