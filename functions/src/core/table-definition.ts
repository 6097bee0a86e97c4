/**
 * The one definition of the Ruhr Stories table: key names and global secondary indexes.
 * CDK (infra/) and the local bootstrap (scripts/) both build the table from this object, so the
 * two can never drift apart. Which item carries which index is decided by the repositories.
 */
export type IndexDefinition = {
  name: string;
  partitionKey: string;
  sortKey: string;
  sortKeyType: 'S' | 'N';
};

export const TABLE_DEFINITION = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    // Feed entries, newest first: partition = one facet (all, a theme, a decade, a language).
    { name: 'feedNew', partitionKey: 'feedPk', sortKey: 'feedNewSk', sortKeyType: 'S' },
    // Feed entries, most supported first: sort key = votes * 1e10 + publication time in seconds.
    { name: 'feedTop', partitionKey: 'feedPk', sortKey: 'feedTopSk', sortKeyType: 'N' },
    // A person's own stories, newest first.
    { name: 'byAuthor', partitionKey: 'authorPk', sortKey: 'authorSk', sortKeyType: 'S' },
    // Moderation work queues, oldest first.
    { name: 'queue', partitionKey: 'queuePk', sortKey: 'queueSk', sortKeyType: 'S' },
    // Platform-wide logs in time order (the moderation audit log).
    { name: 'log', partitionKey: 'logPk', sortKey: 'logSk', sortKeyType: 'S' },
    // Small curated lists (exhibitions by status), newest first.
    { name: 'lists', partitionKey: 'listPk', sortKey: 'listSk', sortKeyType: 'S' },
  ] satisfies IndexDefinition[],
  timeToLiveAttribute: 'expiresAt',
  // Every change with the item before and after it: what the event handlers read (DESIGN §8).
  streamViewType: 'NEW_AND_OLD_IMAGES',
} as const;

export type IndexName = (typeof TABLE_DEFINITION.indexes)[number]['name'];
