import { describe, expect, it } from 'vitest';
import { publicStats } from './public-stats';
import { counterDeltas, decisionBucket } from './stats-changes';

const published = {
  entity: 'story',
  status: 'published',
  themes: ['colliery', 'migration'],
  language: 'tr',
  period: { from: 1965, to: 1972 },
  place: { name: 'Bochum-Hordel', precision: 'neighbourhood' },
  consent: { research: true },
  submittedAt: '2026-11-03T10:00:00Z',
};
const deltas = (change: Parameters<typeof counterDeltas>[0]) =>
  Object.fromEntries([...counterDeltas(change)].map(([key, d]) => [key, d.by]));

describe('counter deltas', () => {
  it('counts a story while it is published, and takes it away when it is hidden', () => {
    const pending = { ...published, status: 'pending' };
    expect(
      deltas({
        eventName: 'MODIFY',
        keys: { sk: 'STORY' },
        oldImage: pending,
        newImage: published,
      }),
    ).toMatchObject({
      'theme#colliery': 1,
      'theme#migration': 1,
      'decade#1960': 1,
      'decade#1970': 1,
      'language#tr': 1,
      'city#Bochum': 1,
      'research#stories': 1,
    });
    const hidden = { ...published, status: 'hidden' };
    expect(
      deltas({ eventName: 'MODIFY', keys: { sk: 'STORY' }, oldImage: published, newImage: hidden }),
    ).toMatchObject({ 'theme#colliery': -1, 'city#Bochum': -1, 'research#stories': -1 });
  });

  it('changes only the research count when research consent is withdrawn', () => {
    const withdrawn = { ...published, consent: { research: false } };
    expect(
      deltas({
        eventName: 'MODIFY',
        keys: { sk: 'STORY' },
        oldImage: published,
        newImage: withdrawn,
      }),
    ).toEqual({ 'research#stories': -1 });
  });

  it('counts no city for a hidden place, a submission in its month, a comment in its month', () => {
    const hiddenPlace = {
      ...published,
      status: 'pending',
      place: { name: 'Bochum', precision: 'hidden' },
    };
    expect(deltas({ eventName: 'INSERT', keys: { sk: 'STORY' }, newImage: hiddenPlace })).toEqual({
      'submissions#2026-11': 1,
    });
    expect(
      deltas({
        eventName: 'INSERT',
        keys: { sk: 'STORY#C#x' },
        newImage: { entity: 'comment', createdAt: '2026-10-09T08:00:00Z' },
      }),
    ).toEqual({ 'comments#2026-10': 1 });
  });

  it('puts a decision’s wait into a fixed bucket', () => {
    expect(decisionBucket(0.5)).toBe('1');
    expect(decisionBucket(30)).toBe('48');
    expect(decisionBucket(400)).toBe('more');
  });
});

describe('the public statistics', () => {
  it('show 5 and hide 4, and read the median off the histogram', () => {
    const stats = publicStats([
      { dimension: 'theme', value: 'colliery', count: 5 },
      { dimension: 'theme', value: 'migration', count: 4 },
      { dimension: 'decision-hours', value: '4', count: 3 },
      { dimension: 'decision-hours', value: '24', count: 3 },
      { dimension: 'research', value: 'stories', count: 99 },
    ]);
    expect(stats.byTheme.find((c) => c.key === 'colliery')?.count).toBe(5);
    expect(stats.byTheme.find((c) => c.key === 'migration')?.count).toBeNull();
    expect(stats.moderation).toMatchObject({ decisions: 6, medianHoursAtMost: 4 });
    expect(JSON.stringify(stats)).not.toContain('99');
  });

  it('hide the total of decisions when it would give away the hidden buckets’ 1 to 4', () => {
    const decided = (hidden: number) =>
      publicStats([
        { dimension: 'decision-hours', value: '4', count: 5 },
        { dimension: 'decision-hours', value: '24', count: hidden },
      ]).moderation;
    expect(decided(2)).toMatchObject({ decisions: null, medianHoursAtMost: null });
    expect(decided(0)).toMatchObject({ decisions: 5, medianHoursAtMost: 4 });
    expect(decided(5)).toMatchObject({ decisions: 10, medianHoursAtMost: 4 });
  });
});
