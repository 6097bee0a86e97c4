import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Counts the DynamoDB requests a client sends, by command name (GetItem, Query, TransactWriteItems…),
 * so tests can hold each action to its budget in DESIGN §3. It observes; it changes nothing.
 */
export function countRequests(doc: DynamoDBDocumentClient) {
  let log: string[] = [];
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      log.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  return {
    reset: () => void (log = []),
    /** The commands sent since the last reset, e.g. ['Query']. */
    sent: () => [...log],
  };
}
