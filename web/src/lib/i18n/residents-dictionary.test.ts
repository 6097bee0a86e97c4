import { describe, expect, it } from 'vitest';
import { de } from './de';
import { deResidents } from './de-residents';
import { en } from './en';
import { enResidents } from './en-residents';

describe('the residents’ dictionary modules', () => {
  // Several modules are spread into de/en; a key defined twice would silently lose one text.
  it('are not overridden by another module or the base dictionary', () => {
    const overridden = [
      ...Object.entries(deResidents).filter(
        ([key, message]) => de[key as keyof typeof de] !== message,
      ),
      ...Object.entries(enResidents).filter(
        ([key, message]) => en[key as keyof typeof en] !== message,
      ),
    ].map(([key]) => key);
    expect(overridden).toEqual([]);
  });
});
