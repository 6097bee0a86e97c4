import { PutCommand, QueryCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { markerUpdate } from './audit-repository';
import type { Db } from '../core/dynamo';
import { newId } from '../core/ids';

/** An internal moderator note on an item; never shown to anyone but moderators. */
export type ModeratorNote = {
  id: string;
  entityId: string;
  body: string;
  authorSub: string;
  /** Not stored since profiles: the notes show the moderator's current display name. */
  authorName?: string;
  at: string;
};

const keys = {
  note: (entityId: string, id: string) => ({ pk: `NOTES#${entityId}`, sk: id }),
  entity: (entityId: string) => `NOTES#${entityId}`,
};

export function createNotesRepository(db: Db) {
  const TableName = db.tableName;
  return {
    async add(note: Omit<ModeratorNote, 'id' | 'authorName'>, now: Date): Promise<ModeratorNote> {
      const stored = { ...note, id: newId(now) };
      await db.doc.send(
        new PutCommand({
          TableName,
          Item: { ...keys.note(note.entityId, stored.id), entity: 'note', ...stored },
        }),
      );
      return stored;
    },
    /**
     * A former moderator erased their account: their notes stay (they are the museum's work) and
     * name the erased-account marker instead of them. Notes have no index of their author, so
     * this is a filtered Scan of the table: run only for a person the moderation log shows as a
     * moderator (see accounts/commands/erase-account.ts), which erasures rarely are.
     */
    async eraseAuthor(sub: string, marker: string): Promise<number> {
      let changed = 0;
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(
          new ScanCommand({
            TableName,
            FilterExpression: 'entity = :note AND authorSub = :sub',
            ExpressionAttributeValues: { ':note': 'note', ':sub': sub },
            ProjectionExpression: 'pk, sk',
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of out.Items ?? []) {
          await db.doc.send(new UpdateCommand(markerUpdate(TableName, item, 'authorSub', marker)));
          changed++;
        }
        startKey = out.LastEvaluatedKey;
      } while (startKey);
      return changed;
    },

    /** Every note on an item, oldest first (notes are few: one Query, paged by DynamoDB's 1 MB). */
    async list(entityId: string): Promise<ModeratorNote[]> {
      const out = await db.doc.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.entity(entityId) },
        }),
      );
      return (out.Items ?? []).map(({ pk, sk, entity, ...note }) => note as ModeratorNote);
    },
  };
}
