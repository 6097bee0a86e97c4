import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { invalidCursorError } from './problem-json';

const KeySchema = z.record(z.string(), z.union([z.string().max(400), z.number()]));
export type PageKey = z.infer<typeof KeySchema>;

/**
 * Opaque paging cursors: the DynamoDB LastEvaluatedKey, signed with an HMAC so that a forged or
 * altered cursor is refused (400) instead of steering a query into another partition.
 * `scope` binds a cursor to the list it came from (a feed cursor cannot page the queue).
 */
export function createCursorCodec(secret: string) {
  const sign = (scope: string, payload: string) =>
    createHmac('sha256', secret).update(`${scope}\n${payload}`).digest().subarray(0, 16);

  /** The key, or `null` when the cursor is not one we issued for this scope. */
  function decode(scope: string, cursor: string): PageKey | null {
    const [payload, signature, extra] = cursor.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const expected = sign(scope, payload);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const parsed = KeySchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString()));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  return {
    encode(scope: string, key: Record<string, unknown> | undefined): string | null {
      if (!key) return null;
      const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
      return `${payload}.${sign(scope, payload).toString('base64url')}`;
    },
    decode,
    /**
     * The start key for a page: none without a cursor; a 400 problem (thrown) for a cursor this
     * list did not issue.
     */
    startKey(scope: string, cursor: string | undefined): PageKey | undefined {
      if (cursor === undefined) return undefined;
      const key = decode(scope, cursor);
      if (key === null) throw invalidCursorError();
      return key;
    },
  };
}
export type CursorCodec = ReturnType<typeof createCursorCodec>;
