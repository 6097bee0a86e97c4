import { loadConfig } from '../core/config';
import { createEventDeps, eventHandler } from './handlers';
import { streamLambda } from './stream-lambda';

/*
 * Lambda entry of the media publisher (catalogue.ts): the table's stream, filtered to stories
 * published, leaving publication or deleted and to media items deleted, makes the media bucket's
 * public/ prefix follow each story's visibility and invalidates what the CDN cached. Config and
 * clients are made once per cold start; it needs TABLE_NAME, MEDIA_BUCKET and, for the CDN,
 * CDN_DISTRIBUTION_ID, and verifies no tokens.
 */
const config = loadConfig({ ...process.env, AUTH_MODE: 'local' });
const deps = createEventDeps(config, 'media-publisher');

export const handler = streamLambda(eventHandler('media-publisher', deps), deps.log);
