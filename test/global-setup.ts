import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type DynamoDbLocal } from '../scripts/local-stack/dynamodb-local';
import { freePort } from '../scripts/local-stack/free-port';
import { startLocalS3, type LocalS3 } from '../scripts/local-stack/local-s3';

/** The media bucket of the whole run; media ids are random, so test files cannot collide. */
export const TEST_MEDIA_BUCKET = 'test-media';

let dynamo: DynamoDbLocal | undefined;
let s3: LocalS3 | undefined;

/**
 * One in-memory DynamoDB Local for the whole run (each test file makes its own table in it) and
 * one local S3 with the media bucket, its files in a temporary folder.
 */
export async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  s3 = await startLocalS3({ port: await freePort(), bucket: TEST_MEDIA_BUCKET, origins: [] });
  project.provide('s3Endpoint', s3.endpoint);
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (endpoint) {
    project.provide('dynamodbEndpoint', endpoint);
    return;
  }
  dynamo = await startDynamoDbLocal({ port: await freePort() });
  project.provide('dynamodbEndpoint', dynamo.endpoint);
}

export async function teardown() {
  await dynamo?.stop();
  await s3?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    s3Endpoint: string;
  }
}
