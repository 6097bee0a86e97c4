import type { Theme } from '../../../../shared/vocabulary';

/** The harvest list of every record, or of one set (a theme). */
export type HarvestList = { set?: Theme };

/**
 * Every DynamoDB key of the harvest read model (opendata context, DESIGN §10). A story that was
 * ever public has one record item (`OAI#STORY#<id>` / `OAI`: what GetRecord reads, and where
 * the handler finds the datestamp it must move) and one entry per list it is in: the list of
 * all records and the list of each of its themes, sorted by `<datestamp>#<id>`, so that a page
 * of ListRecords or ListIdentifiers, with `from`/`until`, is one Query on one partition.
 * Datestamps are ISO 8601 to the second (`2026-12-02T12:00:00Z`), which sort as strings.
 */
export const oaiKeys = {
  record: (storyId: string) => ({ pk: `OAI#STORY#${storyId}`, sk: 'OAI' }),
  listPartition: (list: HarvestList) => (list.set ? `OAI#LIST#set#${list.set}` : 'OAI#LIST#all'),
  listSk: (datestamp: string, storyId: string) => `${datestamp}#${storyId}`,
  entry: (list: HarvestList, datestamp: string, storyId: string) => ({
    pk: oaiKeys.listPartition(list),
    sk: oaiKeys.listSk(datestamp, storyId),
  }),
  /**
   * The sort-key range of datestamps `from`..`until` (both inclusive, either open): `#` follows
   * the datestamp in every key, and `$` is the character after `#`.
   */
  range: (from: string | undefined, until: string | undefined) => ({
    low: from ?? '0',
    high: until ? `${until}$` : '9',
  }),
  /** Reads `<datestamp>#<id>` back. */
  parseListSk: (sk: string) => {
    const at = sk.lastIndexOf('#');
    return { datestamp: sk.slice(0, at), storyId: sk.slice(at + 1) };
  },
  /** The partitions the oai-records handler writes (IAM `dynamodb:LeadingKeys` patterns). */
  leadingKeys: ['OAI#STORY#*', 'OAI#LIST#*'],
};
