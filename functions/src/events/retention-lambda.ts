import type { DynamoDBStreamEvent } from 'aws-lambda';
import { loadConfig } from '../core/config';
import { createDocumentClient } from '../core/dynamo';
import { createLogger } from '../core/logger';
import { toChangeRecords } from './change-record';
import { createRetentionHandler } from './retention';

// Once per cold start. A stream handler verifies no tokens, so the API's sign-in settings do not
// apply: it needs the table (TABLE_NAME) and nothing else.
const config = loadConfig({ ...process.env, AUTH_MODE: 'local' });
const retention = createRetentionHandler({
  db: { doc: createDocumentClient(config), tableName: config.tableName },
  log: createLogger('retention', config.logLevel),
});

/**
 * Lambda entry of the retention handler (catalogue entry `retention`), fed by the table's stream
 * through the filters of the catalogue. A failure throws, so the batch is retried and bisected.
 */
export const handler = async (event: DynamoDBStreamEvent): Promise<void> => {
  await retention(toChangeRecords(event.Records));
};
