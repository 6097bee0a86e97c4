import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { newResident, publishStory } from './support/story-flow';
import { addItem, createExhibition } from './support/curation-flow';

const { kai } = PERSONAS;
const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
let t: TestApp;
let exhibitionId: string;
let storyId: string;
let author: Persona;
beforeAll(async () => {
  t = await createTestApp();
  author = newResident('fuzz');
  storyId = (await publishStory(t, author)).id;
  exhibitionId = (await createExhibition(t)).id;
  await addItem(t, exhibitionId, storyId);
});

const JUNK: unknown[] = [
  'null',
  '[]',
  '"text"',
  '{"__proto__":{"admin":true}}',
  { note: null },
  { note: { de: 12 } },
  { note: { de: 'x'.repeat(5000) } },
  { title: 'not localized', intro: [] },
  { title: { de: '\u0000' }, intro: { de: '\ud800' }, opensAt: '2026-02-30' },
  { opensAt: '99999-01-01', closesAt: -1 },
  { storyId: ['x'] },
  { storyId: 'STORY#x', caption: { de: 'x', fr: 'y' } },
  { storyIds: 'all' },
  { storyIds: Array(500).fill(UNKNOWN) },
  { storyIds: [null] },
  { exhibition: 'false', research: 1 },
  { online: 0 },
];

describe('junk sent to curation and consent routes', () => {
  it('never causes a 5xx, and every error is problem+json', async () => {
    const routes: [string, string, Persona][] = [
      ['PUT', `/api/curation/picks/${storyId}`, kai],
      ['POST', '/api/exhibitions', kai],
      ['PATCH', `/api/exhibitions/${exhibitionId}`, kai],
      ['POST', `/api/exhibitions/${exhibitionId}/items`, kai],
      ['PUT', `/api/exhibitions/${exhibitionId}/items`, kai],
      ['PATCH', `/api/stories/${storyId}/consent`, author],
    ];
    const failures: string[] = [];
    for (const [method, path, as] of routes) {
      for (const body of JUNK) {
        const res = await t.call(method, path, { as, body });
        const type = res.headers.get('content-type') ?? '';
        if (
          res.status >= 500 ||
          (res.status >= 400 && !type.startsWith('application/problem+json'))
        ) {
          failures.push(`${method} ${path} ${JSON.stringify(body).slice(0, 60)} → ${res.status}`);
        }
      }
    }
    for (const path of [
      `/api/exhibitions/${exhibitionId}/export?format=`,
      `/api/exhibitions/${exhibitionId}/export?format=csv&format=jsonld`,
      '/api/exhibitions/%00/export',
      `/api/exhibitions/${'x'.repeat(81)}`,
      '/api/picks?limit=0',
      '/api/picks?cursor=%FF',
      '/api/curation/notices?limit=1e9',
    ]) {
      const res = await t.call('GET', path, { as: kai });
      if (res.status >= 500) failures.push(`GET ${path} → ${res.status}`);
    }
    expect(failures).toEqual([]);
  });
});
