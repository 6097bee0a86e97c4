/**
 * The DynamoDB keys of calls for stories (curation context, DESIGN §10). Every call lives in one
 * partition, `CALLS` (sk `CALL#<id>`): the museum runs a handful at a time, so the list of all calls
 * is one Query. Each call also heads its page in the `lists` index, where the stories answering it
 * follow; that index belongs to the stories context (stories/call-answers.ts), whose functions
 * the calls repository calls for it.
 */
export const callKeys = {
  call: (id: string) => ({ pk: 'CALLS', sk: `CALL#${id}` }),
  allCalls: 'CALLS',
  callPrefix: 'CALL#',
};
