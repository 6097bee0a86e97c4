import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { markInLog } from './audit-repository';
import type { Db } from '../core/dynamo';
import { newId } from '../core/ids';
import { transactWrite, type TransactItem } from '../core/transact';

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
  /**
   * Every note also sits in the `log` index under one partition, so an erasure can find a former
   * moderator's notes without a Scan (docs/data-model.md, Erasure).
   */
  allNotes: 'LOG#notes',
  logSk: (at: string, id: string) => `${at}#${id}`,
};
export const noteKeys = keys;

export function createNotesRepository(db: Db) {
  const TableName = db.tableName;
  return {
    /**
     * Adds a note, in one TransactWriteItems with `authorCheck` (that its author has not erased
     * their account: a token from before an admin took their role could name them again).
     */
    async add(
      note: Omit<ModeratorNote, 'id' | 'authorName'>,
      now: Date,
      authorCheck: TransactItem,
    ): Promise<ModeratorNote> {
      const stored = { ...note, id: newId(now) };
      await transactWrite(db, {
        note: {
          Put: {
            TableName,
            Item: {
              ...keys.note(note.entityId, stored.id),
              entity: 'note',
              logPk: keys.allNotes,
              logSk: keys.logSk(stored.at, stored.id),
              ...stored,
            },
          },
        },
        author: authorCheck,
      });
      return stored;
    },
    /**
     * A former moderator erased their account: their notes stay (they are the museum's work) and
     * name the erased-account marker instead of them. Found with a filtered Query over every note
     * in the `log` index (`LOG#notes`): costly, but erasures are rare. Answers how many.
     */
    async eraseAuthor(sub: string, marker: string): Promise<number> {
      return markInLog(db, { logPk: keys.allNotes, field: 'authorSub', sub, marker });
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
      return (out.Items ?? []).map(
        ({ pk, sk, entity, logPk, logSk, ...note }) => note as ModeratorNote,
      );
    },
  };
}
