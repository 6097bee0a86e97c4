import { accountKeys } from '../accounts/keys';

/**
 * A medium's item lives in its owner's partition (`USER#<sub>`, sk `MEDIA#<id>`): only its owner
 * completes or attaches it, the export finds it with the rest of the person's data, and an
 * erasure, which deletes that partition, takes it too (DESIGN §7). Its files are named by its id
 * alone (shared/media-files.ts).
 */
export const mediaKeys = {
  medium: (sub: string, id: string) => ({ pk: accountKeys.partition(sub), sk: `MEDIA#${id}` }),
  prefix: 'MEDIA#',
};

/** How long an upload may wait to be completed and attached to a story (DESIGN §9: a day). */
export const UNATTACHED_DAYS = 1;
