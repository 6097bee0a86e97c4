import { loadConfig } from '../core/config';
import { createEventDeps, eventHandler } from './handlers';
import { streamLambda } from './stream-lambda';

/*
 * Lambda entry of the retention handler (catalogue.ts): the table's stream, filtered to withdrawn
 * or deleted stories and comments, moves their titles out of the audit log into excerpts that
 * expire. Config and clients are made once per cold start. Stream handlers verify no tokens, so
 * the API's token settings are not asked for; it needs TABLE_NAME and nothing else.
 */
const config = loadConfig({ ...process.env, AUTH_MODE: 'local' });
const deps = createEventDeps(config, 'retention');

export const handler = streamLambda(eventHandler('retention', deps), deps.log);
