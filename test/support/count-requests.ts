import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Counts the DynamoDB requests a client sends, by command name (GetItem, Query, TransactWriteItems…),
 * so tests can hold each action to its budget in DESIGN §3. It observes; it changes nothing.
 */
export function countRequests(doc: DynamoDBDocumentClient) {
  let log: string[] = [];
  let paused = 0;
  doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (paused === 0) log.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name: 'countRequests' },
  );
  return {
    reset: () => void (log = []),
    /** The commands sent since the last reset, e.g. ['Query']. */
    sent: () => [...log],
    /** Runs `action` without counting its requests: the test's own set-up, not the action's. */
    async uncounted<T>(action: () => Promise<T>): Promise<T> {
      paused++;
      try {
        return await action();
      } finally {
        paused--;
      }
    },
  };
}
