/**
 * The DynamoDB keys of exhibitions (curation context). An exhibition's partition holds its meta
 * item (`EXHIBITION`) and one item per story in it (`ITEM#<storyId>`), so one Query reads an
 * exhibition with everything a kiosk needs. Only curation builds these keys; a story that is
 * withdrawn or loses its exhibition consent leaves its exhibitions through curation's side of the
 * stories port (./story-effects), in the same transaction.
 */
export const exhibitionKeys = {
  meta: (id: string) => ({ pk: `EXHIBITION#${id}`, sk: 'EXHIBITION' }),
  item: (exhibitionId: string, storyId: string) => ({
    pk: `EXHIBITION#${exhibitionId}`,
    sk: `ITEM#${storyId}`,
  }),
  partition: (id: string) => `EXHIBITION#${id}`,
  itemPrefix: 'ITEM#',
  /** The `lists` index partitions: drafts and published exhibitions. */
  list: (status: 'draft' | 'published') => `EXHIBITIONS#${status}`,
  /** The `lists` sort key: a time (an update, an opening date), then the id for uniqueness. */
  listSort: (at: string, id: string) => `${at}#${id}`,
  /** Notices for curators (a story's exhibition consent withdrawn), newest first. */
  curatorNotices: 'CURATION#NOTICES',
  curatorNotice: (at: string, id: string) => ({ pk: 'CURATION#NOTICES', sk: `${at}#${id}` }),
};
