import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toChangeRecords } from '../functions/src/events/change-record';
import { createEventDeps, eventHandler } from '../functions/src/events/handlers';
import type { EventHandler } from '../functions/src/events/change-record';
import type { PublicStats } from '../shared/schemas/opendata';
import { backfillStatsCounters } from '../scripts/migrations/stats-counters';
import { decide, newResident, publishStory } from './support/story-flow';
import { streamTap } from './support/stream';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';

let t: TestApp;
let counter: EventHandler;
let tap: Awaited<ReturnType<typeof streamTap>>;

beforeAll(async () => {
  t = await createTestApp({}, { stream: true });
  counter = eventHandler('stats-counter', createEventDeps(t.config, 'stats-test'));
  tap = await streamTap(t.config);
});
afterAll(() => tap?.close());

/** The stream's records since the last call, as the event source mapping filters them. */
const records = async () => tap.records({ for: 'stats-counter' });
const stats = async () => {
  const res = await t.call('GET', '/api/stats');
  expect(res.status).toBe(200);
  return res.json as PublicStats;
};
const cell = (cells: PublicStats['byTheme'], key: string) => cells.find((c) => c.key === key);

describe('GET /api/stats', () => {
  it('is public and cacheable, for every role', async () => {
    for (const as of [undefined, PERSONAS.anna, PERSONAS.mia, PERSONAS.kai, PERSONAS.lea]) {
      const res = await t.call('GET', '/api/stats', { as });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toMatch(/public/);
    }
  });

  it('shows a count of 5 and hides a count of 4, from counters the handler keeps', async () => {
    const theme = { themes: ['migration' as const], language: 'pl' as const };
    for (let i = 0; i < 4; i++) await publishStory(t, newResident('stats'), theme);
    await counter(toChangeRecords(await records()));
    let now = await stats();
    expect(cell(now.byTheme, 'migration')?.count).toBeNull();
    expect(cell(now.byLanguage, 'pl')?.count).toBeNull();

    const fifth = await publishStory(t, newResident('stats'), theme);
    const batch = await records();
    await counter(toChangeRecords(batch));
    now = await stats();
    expect(cell(now.byTheme, 'migration')?.count).toBe(5);
    expect(cell(now.byLanguage, 'pl')?.count).toBe(5);
    expect(cell(now.submissionsByMonth, new Date().toISOString().slice(0, 7))?.count).toBe(5);
    expect(now.moderation.decisions).toBe(5);
    expect(now.moderation.medianHoursAtMost).toBe(1);

    // The same records again (a retried batch): counted once.
    await counter(toChangeRecords(batch));
    expect(cell((await stats()).byTheme, 'migration')?.count).toBe(5);

    // Hidden, the story counts no more.
    await decide(t, fifth.id, 'hide', 'Zum Test verborgen');
    await counter(toChangeRecords(await records()));
    expect(cell((await stats()).byTheme, 'migration')?.count).toBeNull();
  });

  it('counts a story under the city of its place, and comments per month', async () => {
    for (let i = 0; i < 5; i++) {
      const story = await publishStory(t, newResident('city'), {
        place: { name: 'Gelsenkirchen-Buer', lat: 51.57, lng: 7.05, precision: 'city' },
      });
      const res = await t.call('POST', `/api/stories/${story.id}/comments`, {
        as: PERSONAS.ben,
        body: { body: 'Glück auf! Mein Vater war auch dort.' },
      });
      expect(res.status).toBe(201);
    }
    await counter(toChangeRecords(await records()));
    const now = await stats();
    expect(cell(now.byCity, 'Gelsenkirchen')?.count).toBe(5);
    expect(cell(now.commentsByMonth, new Date().toISOString().slice(0, 7))?.count).toBe(5);
  });

  it('is built the same by the backfill from the stored data, and again the same', async () => {
    const counted = await stats();
    expect(counted.moderation.decisions).toBeGreaterThanOrEqual(10);
    await backfillStatsCounters(t.deps.db);
    expect(await stats()).toEqual(counted);
    await backfillStatsCounters(t.deps.db);
    expect(await stats()).toEqual(counted);
  });
});
