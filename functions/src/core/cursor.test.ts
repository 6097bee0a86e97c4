import { describe, expect, it } from 'vitest';
import { createCursorCodec } from './cursor';

const codec = createCursorCodec('a-secret-of-sixteen-chars');
const key = { pk: 'FEED#ALL', sk: 'x', feedNewSk: '2026-01-01T00:00:00.000Z#A' };

describe('cursor codec', () => {
  it('round-trips a key within its scope', () => {
    const cursor = codec.encode('feed', key)!;
    expect(codec.decode('feed', cursor)).toEqual(key);
  });
  it('has no cursor when there is no next page', () => {
    expect(codec.encode('feed', undefined)).toBeNull();
  });
  it('refuses a cursor from another scope', () => {
    expect(codec.decode('queue', codec.encode('feed', key)!)).toBeNull();
  });
  it('refuses an altered payload', () => {
    const [, signature] = codec.encode('feed', key)!.split('.');
    const forged = Buffer.from(JSON.stringify({ ...key, pk: 'STORY#secret' })).toString(
      'base64url',
    );
    expect(codec.decode('feed', `${forged}.${signature}`)).toBeNull();
  });
  it('refuses garbage', () => {
    for (const junk of ['', 'abc', 'a.b.c', '%%%.%%%', 'eyJ9.AAAA']) {
      expect(codec.decode('feed', junk)).toBeNull();
    }
  });
  it('refuses a cursor signed with another secret', () => {
    const other = createCursorCodec('another-secret-sixteen');
    expect(codec.decode('feed', other.encode('feed', key)!)).toBeNull();
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
