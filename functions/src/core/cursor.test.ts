import { describe, expect, it } from 'vitest';
import { createCursorCodec, isPageKeyShape } from './cursor';

const codec = createCursorCodec('a-secret-of-sixteen-chars');
const key = {
  pk: 'STORY#A',
  sk: 'FEED#00',
  feedPk: 'FEED#ALL',
  feedNewSk: '2026-01-01T00:00:00.000Z#A',
};

describe('cursor codec', () => {
  it('round-trips a key within its scope', () => {
    const cursor = codec.encode('feed', key)!;
    expect(codec.decode('feed', cursor)).toEqual(key);
  });
  it('has no cursor when there is no next page', () => {
    expect(codec.encode('feed', undefined)).toBeNull();
  });
  it('hides the key: a held comment a page ended on cannot be read from its cursor', () => {
    const held = { pk: 'STORY#A', sk: 'STORY#C#01HELDCOMMENT' };
    const cursor = codec.encode('comments', held)!;
    const text = Buffer.from(cursor, 'base64url').toString('latin1');
    expect(text).not.toContain('HELDCOMMENT');
    expect(text).not.toContain('STORY');
    expect(codec.decode('comments', cursor)).toEqual(held);
  });
  it('refuses a cursor from another scope', () => {
    expect(codec.decode('queue', codec.encode('feed', key)!)).toBeNull();
  });
  it('refuses an altered cursor', () => {
    const bytes = Buffer.from(codec.encode('feed', key)!, 'base64url');
    for (const at of [0, 14, bytes.length - 1]) {
      const altered = Buffer.from(bytes);
      altered[at]! ^= 1;
      expect(codec.decode('feed', altered.toString('base64url'))).toBeNull();
    }
  });
  it('refuses garbage', () => {
    for (const junk of ['', 'abc', 'a.b.c', '%%%.%%%', 'eyJ9.AAAA', 'A'.repeat(40)]) {
      expect(codec.decode('feed', junk)).toBeNull();
    }
  });
  it('refuses a cursor sealed with another secret', () => {
    const other = createCursorCodec('another-secret-sixteen');
    expect(codec.decode('feed', other.encode('feed', key)!)).toBeNull();
  });
  it('refuses a sealed key of the wrong shape, which DynamoDB would answer with an error', () => {
    for (const bad of [
      { pk: 'STORY#A' },
      { pk: 'STORY#A', sk: 'FEED#00', feedPk: 'FEED#ALL' },
      { pk: 'STORY#A', sk: 'FEED#00', feedPk: 'FEED#ALL', feedTopSk: 'not a number' },
      { pk: 'STORY#A', sk: 1 },
      { pk: 'STORY#A', sk: 'FEED#00', title: 'x', other: 'y' },
    ]) {
      expect(codec.decode('feed', codec.encode('feed', bad)!), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('isPageKeyShape', () => {
  it('accepts the table key alone and the table key with one index key', () => {
    expect(isPageKeyShape({ pk: 'a', sk: 'b' })).toBe(true);
    expect(isPageKeyShape({ pk: 'a', sk: 'b', feedPk: 'c', feedTopSk: 5 })).toBe(true);
    expect(isPageKeyShape({ pk: 'a', sk: 'b', queuePk: 'c', queueSk: 'd' })).toBe(true);
  });
  it('refuses keys of two different indexes mixed', () => {
    expect(isPageKeyShape({ pk: 'a', sk: 'b', feedPk: 'c', queueSk: 'd' })).toBe(false);
  });
});

describe('startKey', () => {
  it('has no start key without a cursor, and the key for a cursor of this list', () => {
    expect(codec.startKey('feed', undefined)).toBeUndefined();
    expect(codec.startKey('feed', codec.encode('feed', key)!)).toEqual(key);
  });
  it('throws a 400 problem for a cursor this list did not issue', () => {
    expect(() => codec.startKey('queue', codec.encode('feed', key)!)).toThrow(
      expect.objectContaining({ status: 400, slug: 'invalid-cursor' }),
    );
  });
});
