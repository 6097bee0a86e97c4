import { loadConfig } from '../core/config';
import { createEventDeps, eventHandler } from './handlers';
import { streamLambda } from './stream-lambda';

/*
 * Lambda entry of the OAI-PMH record writer (catalogue.ts): the table's stream, filtered to
 * stories published, leaving publication or deleted, keeps the harvest's records (opendata
 * context) following what the public may see. It needs TABLE_NAME only, and verifies no tokens.
 */
const config = loadConfig({ ...process.env, AUTH_MODE: 'local' });
const deps = createEventDeps(config, 'oai-records');

export const handler = streamLambda(eventHandler('oai-records', deps), deps.log);
