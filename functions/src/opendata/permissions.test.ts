import { describe, expect, it } from 'vitest';
import { canReadResearchData, inResearchData } from './permissions';

describe('opendata permissions', () => {
  it('lets only researchers read research data', () => {
    expect(canReadResearchData(null)).toBe(false);
    expect(canReadResearchData({ sub: 'a', groups: [] })).toBe(false);
    expect(canReadResearchData({ sub: 'a', groups: ['curators', 'moderators'] })).toBe(false);
    expect(canReadResearchData({ sub: 'a', groups: ['researchers'] })).toBe(true);
  });

  it('takes published stories with research consent only', () => {
    expect(inResearchData({ status: 'published', consent: { research: true } })).toBe(true);
    expect(inResearchData({ status: 'published', consent: { research: false } })).toBe(false);
    expect(inResearchData({ status: 'hidden', consent: { research: true } })).toBe(false);
  });
});
