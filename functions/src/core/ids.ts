import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID: 10 characters of millisecond time, then 16 random ones. Ids sort by creation time,
 * which the comment keys rely on (oldest first without an extra timestamp in the key).
 */
export function newId(now: Date = new Date()): string {
  let time = now.getTime();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const bytes = randomBytes(16);
  let tail = '';
  for (const byte of bytes) tail += CROCKFORD[byte % 32];
  return head + tail;
}

/** Whether a path parameter has the shape of an id we issue (a cheap guard before any query). */
export function isId(value: string): boolean {
  return /^[0-9A-HJKMNP-TV-Z]{26}$/.test(value);
}
