import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from './config';

/** One document client per process, created at module load by the entry point and passed in. */
export function createDocumentClient(config: Pick<Config, 'dynamodbEndpoint' | 'awsRegion'>) {
  const client = new DynamoDBClient({
    region: config.awsRegion,
    ...(config.dynamodbEndpoint
      ? {
          endpoint: config.dynamodbEndpoint,
          // DynamoDB Local accepts any credentials; real AWS uses the default provider chain.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

export type Db = { doc: DynamoDBDocumentClient; tableName: string };
