import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from './config';

type TableClientConfig = Pick<Config, 'dynamodbEndpoint' | 'awsRegion'>;

/**
 * The one way to make a DynamoDB client: for the configured region, and with a configured endpoint
 * (DynamoDB Local) fixed dummy credentials, so local runs need no AWS credentials at all.
 */
export function createTableClient(
  config: TableClientConfig,
  options: Pick<DynamoDBClientConfig, 'maxAttempts'> = {},
): DynamoDBClient {
  return new DynamoDBClient({
    ...options,
    region: config.awsRegion,
    ...(config.dynamodbEndpoint
      ? {
          endpoint: config.dynamodbEndpoint,
          // DynamoDB Local accepts any credentials and keeps one database per access key, so every
          // local client must use the same key. Real AWS uses the default provider chain.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
  });
}

/** One document client per process, created at module load by the entry point and passed in. */
export function createDocumentClient(config: TableClientConfig) {
  return DynamoDBDocumentClient.from(createTableClient(config), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

export type Db = { doc: DynamoDBDocumentClient; tableName: string };
