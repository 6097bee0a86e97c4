import { loadConfig } from '../core/config';
import { resolveSecrets } from '../core/secrets';
import { createEventDeps, eventHandler } from './handlers';
import { streamLambda } from './stream-lambda';

/*
 * Lambda entry of the notifier (catalogue.ts): the table's stream, filtered to changed story
 * items, e-mails decisions to authors who chose it. Config and clients are made once per cold
 * start. Stream handlers verify no tokens, so the API's token settings (AUTH_ISSUER, …) are not
 * asked for; what it needs: TABLE_NAME, USER_POOL_ID, MAIL_FROM, SITE_URL.
 */
const env = await resolveSecrets(process.env);
const config = loadConfig({ ...env, AUTH_MODE: 'local' });
const deps = createEventDeps(config, 'notifier');

export const handler = streamLambda(eventHandler('notifier', deps), deps.log);
