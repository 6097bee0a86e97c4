import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale';

describe('pickLocale', () => {
  it('follows the first preferred language the site speaks', () => {
    expect(pickLocale(null, ['en-GB', 'de-DE'])).toBe('en');
    expect(pickLocale(null, ['de-AT', 'en'])).toBe('de');
    expect(pickLocale(null, ['fr-FR', 'EN-us', 'de'])).toBe('en');
  });

  it('falls back to German when the browser prefers none of them', () => {
    expect(pickLocale(null, ['tr-TR', 'pl'])).toBe('de');
    expect(pickLocale(null, [])).toBe('de');
  });

  it('lets a remembered choice win over the browser', () => {
    expect(pickLocale('de', ['en-GB'])).toBe('de');
    expect(pickLocale('en', ['de-DE'])).toBe('en');
  });

  it('ignores a remembered value that is no language of the site', () => {
    expect(pickLocale('fr', ['en-US'])).toBe('en');
    expect(pickLocale('', ['de-CH'])).toBe('de');
  });
});
