/**
 * The DynamoDB keys of calls for stories (curation context, DESIGN §10). Every call lives in one
 * partition, `CALLS` (sk `CALL#<id>`): the museum runs a handful at a time, so the list of all calls
 * is one Query. Each call also heads its own partition of the `lists` index, `CALL#<id>`: the
 * stories that answer it join that partition there (index attributes on the story item, set by the
 * stories context through `answerIndex` in ./calls-repository), so the call page (the call and its
 * published answers) is one Query, and the answers waiting for a moderator are one more.
 */
export const callKeys = {
  call: (id: string) => ({ pk: 'CALLS', sk: `CALL#${id}` }),
  allCalls: 'CALLS',
  callPrefix: 'CALL#',
  /** The call's partition of the `lists` index: the call itself and the stories answering it. */
  page: (id: string) => `CALL#${id}`,
  /**
   * Sort keys in that partition: published answers `ANSWER#<publishedAt>#<storyId>` sort below the
   * call (`CALL`), answers waiting for a moderator `WAITING#<submittedAt>#<storyId>` above it, so a
   * descending Query from `CALL` down to `ANSWER#` reads the call first, then its newest answers.
   */
  head: 'CALL',
  answersFrom: 'ANSWER#',
  waitingPrefix: 'WAITING#',
  answer: (at: string, storyId: string) => `ANSWER#${at}#${storyId}`,
  waiting: (at: string, storyId: string) => `WAITING#${at}#${storyId}`,
};
