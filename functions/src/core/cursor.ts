import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { invalidCursorError } from './problem-json';
import { TABLE_DEFINITION } from './table-definition';

const KeySchema = z.record(z.string(), z.union([z.string().max(400), z.number()]));
export type PageKey = z.infer<typeof KeySchema>;

// The attributes a LastEvaluatedKey may hold, with their types: the table's own key and the key
// of one index. Anything else would make DynamoDB refuse the query (a 500), so it is refused here.
const KEY_TYPES = new Map<string, 'string' | 'number'>([
  [TABLE_DEFINITION.partitionKey, 'string'],
  [TABLE_DEFINITION.sortKey, 'string'],
]);
for (const index of TABLE_DEFINITION.indexes) {
  KEY_TYPES.set(index.partitionKey, 'string');
  KEY_TYPES.set(index.sortKey, index.sortKeyType === 'N' ? 'number' : 'string');
}

/** Whether `key` has the shape of a start key of the table or of one of its indexes. */
export function isPageKeyShape(key: PageKey): boolean {
  const names = Object.keys(key);
  if (!names.includes(TABLE_DEFINITION.partitionKey) || !names.includes(TABLE_DEFINITION.sortKey))
    return false;
  if (names.some((name) => typeof key[name] !== KEY_TYPES.get(name))) return false;
  if (names.length === 2) return true;
  return TABLE_DEFINITION.indexes.some(
    (index) =>
      names.length === 4 && names.includes(index.partitionKey) && names.includes(index.sortKey),
  );
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Opaque paging cursors: the DynamoDB LastEvaluatedKey, encrypted and authenticated with
 * AES-256-GCM. Encrypted, because a key names the item the page ended on, and that may be a held
 * comment nobody else may see; authenticated, so that a forged or altered cursor is refused (400)
 * instead of steering a query into another partition. `scope` is the additional authenticated
 * data: it binds a cursor to the list it came from (a feed cursor cannot page the queue).
 */
export function createCursorCodec(secret: string) {
  const key = createHash('sha256').update(`ruhr-stories cursor v2\n${secret}`).digest();

  /** The key, or `null` when the cursor is not one we issued for this scope. */
  function decode(scope: string, cursor: string): PageKey | null {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
    const bytes = Buffer.from(cursor, 'base64url');
    if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(scope));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]);
      const parsed = KeySchema.safeParse(JSON.parse(plain.toString()));
      return parsed.success && isPageKeyShape(parsed.data) ? parsed.data : null;
    } catch {
      return null;
    }
  }

  return {
    encode(scope: string, lastKey: Record<string, unknown> | undefined): string | null {
      if (!lastKey) return null;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(scope));
      const sealed = Buffer.concat([cipher.update(JSON.stringify(lastKey)), cipher.final()]);
      return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url');
    },
    decode,
    /**
     * The start key for a page: none without a cursor; a 400 problem (thrown) for a cursor this
     * list did not issue.
     */
    startKey(scope: string, cursor: string | undefined): PageKey | undefined {
      if (cursor === undefined) return undefined;
      const startKey = decode(scope, cursor);
      if (startKey === null) throw invalidCursorError();
      return startKey;
    },
  };
}
export type CursorCodec = ReturnType<typeof createCursorCodec>;
