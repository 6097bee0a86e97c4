import { loadConfig } from '../core/config';
import { resolveSecrets } from '../core/secrets';
import { createEventDeps, eventHandler } from './handlers';
import { streamLambda } from './stream-lambda';

/*
 * Lambda entry of the stats counter (catalogue.ts): the table's stream, filtered to story items
 * and new comments, keeps the public statistics' counters. Needs only TABLE_NAME.
 */
const env = await resolveSecrets(process.env);
const config = loadConfig({ ...env, AUTH_MODE: 'local' });
const deps = createEventDeps(config, 'stats-counter');

export const handler = streamLambda(eventHandler('stats-counter', deps), deps.log);
