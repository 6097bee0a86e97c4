import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type DynamoDbLocal } from '../scripts/local-stack/dynamodb-local';
import { freePort } from '../scripts/local-stack/free-port';

let dynamo: DynamoDbLocal | undefined;

/** One in-memory DynamoDB Local for the whole run; each test file makes its own table in it. */
export async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
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
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}
