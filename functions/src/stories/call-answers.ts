/**
 * Where a story that answers a call for stories stands on the call's page (DESIGN §10). The call
 * is the curation context's, but its answers are stories, so stories owns this index: the call's
 * partition of the `lists` index, `CALL#<callId>`. The story item carries two attributes there,
 * set and removed in the story's own transactions (so an answer leaves the page in the same write
 * that withdraws or hides it): `WAITING#<submittedAt>#<id>` while it waits for a moderator and
 * `ANSWER#<publishedAt>#<id>` while published. The call's own item heads the partition (sort key
 * `CALL`, between the two ranges): curation puts it there with `callPageHead`, so one descending
 * Query from `CALL` down to `ANSWER#` reads the call, then its newest answers.
 */
const PAGE = (callId: string) => `CALL#${callId}`;
const HEAD = 'CALL';
const ANSWER = 'ANSWER#';
const WAITING = 'WAITING#';

/** The index attributes of a story answering `callId`, waiting or published since `at`. */
export function answerIndex(
  callId: string,
  phase: 'waiting' | 'published',
  at: string,
  storyId: string,
): { listPk: string; listSk: string } {
  return {
    listPk: PAGE(callId),
    listSk: `${phase === 'waiting' ? WAITING : ANSWER}${at}#${storyId}`,
  };
}

/** The attributes `answerIndex` sets: removed when the story stops being an answer on show. */
export const ANSWER_INDEX_ATTRIBUTES = ['listPk', 'listSk'] as const;

/** The index attributes that make a call's item the head of its page (curation's item). */
export const callPageHead = (callId: string) => ({ listPk: PAGE(callId), listSk: HEAD });

/** The `lists` Query of a call's page: its head, then its published answers, newest first. */
export const callPageQuery = (callId: string) => ({
  IndexName: 'lists',
  KeyConditionExpression: 'listPk = :page AND listSk BETWEEN :from AND :head',
  ExpressionAttributeValues: { ':page': PAGE(callId), ':from': ANSWER, ':head': HEAD },
  ScanIndexForward: false,
});

/** The `lists` Query of a call's answers waiting for a moderator (to be counted). */
export const waitingAnswersQuery = (callId: string) => ({
  IndexName: 'lists',
  KeyConditionExpression: 'listPk = :page AND begins_with(listSk, :waiting)',
  ExpressionAttributeValues: { ':page': PAGE(callId), ':waiting': WAITING },
});
