import { describe, expect, it } from 'vitest';
import { normalizeShortCode, SHORT_CODE_PATTERN, shortCodeOf, shortLinkPath } from './short-link';

describe('shortCodeOf', () => {
  it('gives six characters of the unambiguous alphabet, the same each time', () => {
    const id = '01JD2X6Q8W3M4N5P6R7S8T9V0W';
    expect(shortCodeOf(id)).toMatch(SHORT_CODE_PATTERN);
    expect(shortCodeOf(id)).toBe(shortCodeOf(id));
    expect(shortLinkPath(id)).toBe(`/s/${shortCodeOf(id)}`);
  });

  it('tells apart ids that differ in one character', () => {
    const codes = new Set(
      Array.from({ length: 2000 }, (_, i) =>
        shortCodeOf(`01JD2X6Q8W3M4N5P6R7S8T${String(i).padStart(4, '0')}`),
      ),
    );
    expect(codes.size).toBe(2000);
  });
});

describe('normalizeShortCode', () => {
  it('reads upper case and confusable characters the way the alphabet does', () => {
    expect(normalizeShortCode(' K3M9QZ ')).toBe('k3m9qz');
    expect(normalizeShortCode('oIl23a')).toBe('01123a');
  });

  it('refuses what cannot be a code', () => {
    expect(normalizeShortCode('abc')).toBeUndefined();
    expect(normalizeShortCode('abcdefg')).toBeUndefined();
    expect(normalizeShortCode('abcdu1')).toBeUndefined();
    expect(normalizeShortCode('ab/d12')).toBeUndefined();
  });
});
