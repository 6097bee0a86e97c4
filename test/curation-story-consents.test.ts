import { beforeAll, describe, expect, it } from 'vitest';
import { makeStoryInput } from './support/fixtures';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { newResident, publishStory, submitStory } from './support/story-flow';

const { anna, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const lookup = (ids: string[], as?: (typeof PERSONAS)[keyof typeof PERSONAS]) =>
  t.call('GET', `/api/curation/story-consents?storyIds=${ids.join(',')}`, { as });

describe('GET /api/curation/story-consents', () => {
  it('is for curators only: 401 anonymous, 403 residents and moderators', async () => {
    const story = await publishStory(t, newResident('consents'));
    expect((await lookup([story.id])).status).toBe(401);
    for (const as of [anna, mia]) expect((await lookup([story.id], as)).status).toBe(403);
  });

  it('answers the consent of every published story named, in one read', async () => {
    const consenting = await publishStory(t, newResident('consents'));
    const refusing = await publishStory(t, newResident('consents'), {
      consent: { ...makeStoryInput().consent, exhibition: false, research: true },
    });
    const pending = await submitStory(t, newResident('consents'));
    t.requests.reset();
    const res = await lookup([consenting.id, refusing.id, pending.id, 'not-an-id'], kai);
    expect(res.status).toBe(200);
    expect(t.requests.sent()).toEqual(['BatchGetItem']);
    expect(res.json.items).toEqual([
      { storyId: consenting.id, exhibition: true, research: expect.any(Boolean) },
      { storyId: refusing.id, exhibition: false, research: true },
    ]);
  });

  it('refuses no ids and more than 50 (400)', async () => {
    expect(
      (await t.call('GET', '/api/curation/story-consents?storyIds=', { as: kai })).status,
    ).toBe(400);
    const many = Array.from(
      { length: 51 },
      (_, i) => `01JZZZZZZZZZZZZZZZZZZZZZ${String(i).padStart(2, '0')}`,
    );
    expect((await lookup(many, kai)).status).toBe(400);
  });
});
