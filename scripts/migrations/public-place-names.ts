import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { coarsenPlace } from '../../shared/place';
import type { Place } from '../../shared/schemas/story';
import type { Db } from '../../functions/src/core/dynamo';

/** The items that hold a copy of a story's public card: feed slots, the pick slot, exhibition items. */
const SNAPSHOT_ENTITIES = ['feed-entry', 'feed-pick-slot', 'exhibition-item'];

/** Equal places, whatever order DynamoDB gives a map's attributes in. */
const samePlace = (a: object | undefined, b: object | undefined) => {
  const canonical = (p: object | undefined) => JSON.stringify(p && Object.entries(p).sort());
  return canonical(a) === canonical(b);
};

/**
 * Rewrites the place on every stored public copy of a story to what the public may see (DESIGN
 * §2 Stories): copies written before that rule carry the author's own text at `neighbourhood`
 * and `city` precision. Idempotent (a public place maps to itself), so `npm start` runs it on
 * every start; on AWS it runs once with `npm run migrate`. A Scan, never in a request path.
 * Each update is conditional on the place read, so a copy rewritten meanwhile is left alone.
 * Returns how many copies changed.
 */
export async function rewritePublicPlaceNames(db: Db): Promise<number> {
  let changed = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression: 'entity IN (:a, :b, :c) AND attribute_exists(place.#name)',
        ExpressionAttributeNames: { '#name': 'name' },
        ExpressionAttributeValues: {
          ':a': SNAPSHOT_ENTITIES[0],
          ':b': SNAPSHOT_ENTITIES[1],
          ':c': SNAPSHOT_ENTITIES[2],
        },
        ProjectionExpression: 'pk, sk, place',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      const stored = item.place as Place;
      const shown = coarsenPlace(stored);
      if (samePlace(shown, stored)) continue;
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: shown ? 'SET place = :shown' : 'REMOVE place',
          ConditionExpression: 'place = :stored',
          ExpressionAttributeValues: { ':stored': stored, ...(shown ? { ':shown': shown } : {}) },
        }),
      );
      changed += 1;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return changed;
}
