import { beforeAll, describe, expect, it } from 'vitest';
import { makeStoryInput } from './support/fixtures';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { newResident, publishStory } from './support/story-flow';

const { mia } = PERSONAS;
let t: TestApp;
let id: string;
let author: Persona;
beforeAll(async () => {
  t = await createTestApp();
  author = newResident('fuzz');
  id = (await publishStory(t, author)).id;
});

const valid = makeStoryInput();
const deep = (levels: number): unknown => (levels === 0 ? 'x' : { a: deep(levels - 1) });
const JUNK_BODIES: unknown[] = [
  'null',
  'true',
  '0',
  '"a string"',
  '[]',
  '[{}]',
  '{}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '1e999',
  '"\\ud800"',
  '{"body":"\\u0000"}',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  deep(200),
  { ...valid, title: 12345 },
  { ...valid, title: ['a', 'b'] },
  { ...valid, title: '\ud83d\ude00'.repeat(40) },
  { ...valid, title: '\u202e\u0000\u200b Zeche' },
  {
    ...valid,
    title: '\ud800\udc00\udbff',
    body: `Ein Text mit einem halben Zeichen: \ud800 ${'x'.repeat(20)}`,
  },
  { ...valid, language: null },
  { ...valid, themes: 'colliery' },
  { ...valid, themes: [['colliery']] },
  { ...valid, themes: Array(1000).fill('colliery') },
  { ...valid, place: [] },
  { ...valid, place: { name: 'X', lat: 1e308, lng: -1e308, precision: 'exact' } },
  { ...valid, place: { name: 'X', lat: 91, lng: 7, precision: 'exact' } },
  { ...valid, period: { from: 1e21, to: -1 } },
  { ...valid, period: { from: 1960.5 } },
  { ...valid, period: { from: '1960' } },
  { ...valid, consent: { ...valid.consent, online: 'true' } },
  { ...valid, consent: null },
  { ...valid, contentWarnings: [null] },
  { ...valid, attribution: { name: true } },
  { body: 'Hallo', parentId: 12 },
  { body: 'Hallo', parentId: 'x'.repeat(80) },
  { body: 'Hallo', parentId: 'STORY#C#x' },
  { body: 'Hallo', parentId: '' },
  { body: { nested: true } },
  { decision: 'approve', reason: 42 },
  { decision: ['approve'] },
  { decision: 'nuke', reason: 'x' },
  { sub: 'u', name: 'n', groups: [null] },
];

/** The routes that take a body; made after beforeAll has published the story. */
const routes = (): [string, string, Persona?][] => [
  ['POST', '/api/stories', author],
  ['POST', `/api/stories/${id}/comments`, author],
  ['POST', `/api/moderation/stories/${id}/decision`, mia],
  ['POST', '/api/dev/token'],
  ['PUT', `/api/stories/${id}/vote`, author],
];

const JUNK_QUERIES = [
  '/api/stories?limit=1e309',
  '/api/stories?limit=-0',
  '/api/stories?limit=99999999999999999999999',
  '/api/stories?limit=&sort=',
  '/api/stories?limit=1&limit=2',
  '/api/stories?decade=99999999999999999999',
  '/api/stories?decade=-1960',
  '/api/stories?decade=0x7b0',
  '/api/stories?theme[]=colliery',
  '/api/stories?theme=colliery&theme=migration',
  '/api/stories?language=%00',
  '/api/stories?sort=top&cursor=%FF%FE',
  `/api/stories?cursor=${'a'.repeat(2001)}`,
  `/api/stories?cursor=${'a.'.repeat(500)}`,
  '/api/stories?cursor=e30.AAAAAAAAAAAAAAAAAAAAAA',
  '/api/stories?cursor=%E2%82%AC.%E2%82%AC',
  '/api/me/stories?limit=NaN',
  '/api/moderation/queue?kind=everything',
  '/api/moderation/queue?kind=comments&cursor=junk',
  '/api/moderation/log?limit=Infinity',
  `/api/stories/${'x'.repeat(81)}`,
  '/api/stories/%F0%9F%98%80',
  '/api/stories/..%2F..%2Fetc%2Fpasswd',
  '/api/stories/%00',
  '/api/stories/STORY',
  `/api/stories/${encodeURIComponent('a#b')}/comments?limit=0`,
  `/api/stories/x/comments/${'y'.repeat(81)}/replies`,
  '/api/stories/x/comments/a-b-c/replies?cursor=.',
  '/api/moderation/log/%20',
];

type Outcome = { request: string; status: number; type: string | null };

describe('junk from a client', () => {
  it('never causes a 5xx, whatever the body', async () => {
    const outcomes: Outcome[] = [];
    for (const [method, path, as] of routes()) {
      for (const body of JUNK_BODIES) {
        const res = await t.call(method, path, { as, body });
        const shown = typeof body === 'string' ? body : JSON.stringify(body);
        outcomes.push({
          request: `${method} ${path} ${shown.slice(0, 60)}`,
          status: res.status,
          type: res.headers.get('content-type'),
        });
      }
    }
    expect(outcomes.filter((o) => o.status >= 500)).toEqual([]);
    const errors = outcomes.filter((o) => o.status >= 400);
    expect(errors.filter((o) => !o.type?.startsWith('application/problem+json'))).toEqual([]);
  });

  it('never causes a 5xx, whatever the query or path', async () => {
    const outcomes: Outcome[] = [];
    for (const path of JUNK_QUERIES) {
      for (const as of [undefined, mia]) {
        const res = await t.call('GET', path, { as });
        outcomes.push({ request: path, status: res.status, type: res.headers.get('content-type') });
      }
    }
    expect(outcomes.filter((o) => o.status >= 500)).toEqual([]);
    const errors = outcomes.filter((o) => o.status >= 400);
    expect(errors.filter((o) => !o.type?.startsWith('application/problem+json'))).toEqual([]);
  });

  it('never causes a 5xx, whatever the headers', async () => {
    const headerSets: Record<string, string>[] = [
      { 'content-type': 'application/json', 'content-length': '0' },
      { 'content-type': 'application/json; charset=latin1' },
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      { 'content-type': '' },
      { 'content-type': 'application/jsonp' },
      { authorization: 'Bearer a.b.c' },
      { authorization: `Bearer ${'a'.repeat(8000)}.b.c` },
      { authorization: 'Bearer ....' },
      { 'idempotency-key': '../../etc' },
      { 'x-request-id': '\u00e4\u00f6\u00fc-request-id' },
    ];
    for (const headers of headerSets) {
      for (const [method, path, as] of routes()) {
        const res = await t.call(method, path, {
          as: headers.authorization ? undefined : as,
          headers,
          body: '{"body":"Hallo Welt, schön war es."}',
        });
        expect(res.status, `${method} ${path} ${JSON.stringify(headers)}`).toBeLessThan(500);
      }
    }
  });
});
