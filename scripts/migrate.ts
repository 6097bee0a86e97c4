import { loadConfig } from '../functions/src/core/config';
import { createDocumentClient } from '../functions/src/core/dynamo';
import { recordConsentLedger } from './migrations/consent-ledger';
import { unnameAnonymousAuthorComments } from './migrations/anonymous-author-comments';
import { expireCuratorNotices } from './migrations/curator-notice-expiry';
import { unifyDisplayNames } from './migrations/display-names';
import { addInteractionPointers } from './migrations/interaction-pointers';
import { addNotesToLog } from './migrations/notes-log';
import { rewritePublicPlaceNames } from './migrations/public-place-names';
import { addMissingShortLinks } from './migrations/short-links';
import { writeMissingOaiRecords } from './migrations/oai-records';
import { backfillStatsCounters } from './migrations/stats-counters';
import { expireWithdrawnAuditTitles } from './migrations/withdrawn-audit-titles';

/**
 * `npm run migrate`: brings stored data up to today's rules, against the table that TABLE_NAME
 * (and DYNAMODB_ENDPOINT, for a local one) name. Every migration is idempotent.
 */
const config = loadConfig({ AUTH_MODE: 'local', ...process.env });
const db = { doc: createDocumentClient(config), tableName: config.tableName };
const places = await rewritePublicPlaceNames(db);
console.log(`Public place names: ${places} stored copies rewritten in table "${db.tableName}".`);
const unnamed = await unnameAnonymousAuthorComments(db);
console.log(`Anonymous authors' comments: ${unnamed} names removed in table "${db.tableName}".`);
const links = await addMissingShortLinks(db);
console.log(
  `Short links: ${links} written for stories published before them in "${db.tableName}".`,
);
const people = await unifyDisplayNames(db);
console.log(
  `Display names: ${people} authors now shown under their profile's name in "${db.tableName}".`,
);
const pointers = await addInteractionPointers(db);
console.log(`Support and report pointers: ${pointers} written in "${db.tableName}".`);
const notes = await addNotesToLog(db);
console.log(`Moderator notes: ${notes} put into the log index in "${db.tableName}".`);
const notices = await expireCuratorNotices(db);
console.log(`Curator notices: ${notices} now expire 90 days after they were written.`);
const titles = await expireWithdrawnAuditTitles(db);
console.log(
  `Withdrawn stories: ${titles} audit titles moved into excerpts that expire in 90 days.`,
);
const consents = await recordConsentLedger(db);
console.log(`Consent ledger: ${consents} stories written before it recorded in "${db.tableName}".`);
const harvest = await writeMissingOaiRecords(db);
console.log(`OAI-PMH: ${harvest} records written for public stories in "${db.tableName}".`);
const counters = await backfillStatsCounters(db);
console.log(`Statistics: ${counters} counters built from the stored data in "${db.tableName}".`);
