import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { storyKeys } from '../functions/src/stories/keys';
import { addMissingShortLinks } from '../scripts/migrations/short-links';
import { shortCodeOf } from '../shared/short-link';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { publishStory, submitStory } from './support/story-flow';

const { anna } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('GET /api/s/{code}', () => {
  it('leads to a published story, in one Query', async () => {
    const story = await publishStory(t, anna, { title: 'Die Taubenzüchter von Wanne' });
    const code = shortCodeOf(story.id);
    t.requests.reset();
    const res = await t.call('GET', `/api/s/${code}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ code, storyIds: [story.id] });
    expect(t.requests.sent()).toEqual(['Query']);
  });

  it('forgives upper case and confusable characters as typed from a label', async () => {
    const story = await publishStory(t, anna);
    const code = shortCodeOf(story.id);
    const typed = code.toUpperCase().replace(/0/g, 'O').replace(/1/g, 'l');
    const res = await t.call('GET', `/api/s/${typed}`);
    expect(res.status).toBe(200);
    expect(res.json.storyIds).toEqual([story.id]);
  });

  it('answers 404 for a code nobody has, a malformed code and a story not yet published', async () => {
    const pending = await submitStory(t, anna);
    for (const code of ['zzzzzz', 'abc', 'u-----', shortCodeOf(pending.id)]) {
      const res = await t.call('GET', `/api/s/${code}`);
      expect(res.status, code).toBe(404);
      expect(res.headers.get('content-type')).toContain('problem+json');
    }
  });
});

describe('short links of stories published before them (npm run migrate)', () => {
  it('are written once for every published story, and left alone on a second run', async () => {
    const story = await publishStory(t, PERSONAS.anna);
    const code = shortCodeOf(story.id);
    // Simulates a story published before short links: its link item does not exist.
    await t.deps.db.doc.send(
      new DeleteCommand({
        TableName: t.deps.db.tableName,
        Key: storyKeys.shortLink(code, story.id),
      }),
    );
    expect((await t.call('GET', `/api/s/${code}`)).status).toBe(404);

    expect(await addMissingShortLinks(t.deps.db)).toBeGreaterThanOrEqual(1);
    const res = await t.call('GET', `/api/s/${code}`);
    expect(res.status).toBe(200);
    expect(res.json.storyIds).toEqual([story.id]);
    expect(await addMissingShortLinks(t.deps.db)).toBe(0);
  });
});
