import { describe, expect, it } from 'vitest';
import { DEMO_PERSONAS, demoUser, SIGN_IN_PERSONAS } from './demo-personas';

describe('the demo personas', () => {
  it('have one id and one sub each, the sub made from the id', () => {
    const ids = DEMO_PERSONAS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(DEMO_PERSONAS.filter((p) => p.sub !== `u-${p.id}`)).toEqual([]);
  });

  it('offer a moderator, a curator, a researcher and an admin on the login page, each described in German and English', () => {
    expect(SIGN_IN_PERSONAS.flatMap((p) => p.groups)).toEqual([
      'moderators',
      'curators',
      'researchers',
      'admins',
    ]);
    const undescribed = SIGN_IN_PERSONAS.filter(
      (p) => !p.description.de.trim() || !p.description.en.trim(),
    );
    expect(undescribed).toEqual([]);
  });

  it('sign in with their sub, name and groups only, as a copy', () => {
    const mia = demoUser('mia');
    expect(mia).toEqual({ sub: 'u-mia', name: 'Mia Hoffmann', groups: ['moderators'] });
    mia.groups.push('admins');
    expect(demoUser('mia').groups).toEqual(['moderators']);
  });
});
