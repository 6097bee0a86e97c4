import { beforeAll, describe, expect, it } from 'vitest';
import { addItem, publishedExhibition } from './support/curation-flow';
import { decide, newResident, publishStory } from './support/story-flow';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { postComment, report } from './support/workspace';

const { mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('a comment has exactly one id', () => {
  it('refuses another spelling of a reply id, so one person cannot report it three times', async () => {
    const story = await publishStory(t, newResident());
    const parent = await postComment(t, newResident(), story.id, 'Ich war auch dabei.');
    const reply = await postComment(t, newResident(), story.id, 'Ich auch!', parent.id);
    const reporter = newResident();
    const first = await report(t, reporter, { storyId: story.id, commentId: reply.id });
    const alias = await report(t, reporter, { storyId: story.id, commentId: `${reply.id}-x` });
    expect([first.status, alias.status]).toEqual([201, 404]);
    const replies = await t.call('GET', `/api/stories/${story.id}/comments/${parent.id}/replies`);
    expect(replies.json.items.map((c: { id: string }) => c.id)).toEqual([reply.id]);
  });

  it('costs one GetItem and one TransactWriteItems to report a comment', async () => {
    const story = await publishStory(t, newResident());
    const comment = await postComment(t, newResident(), story.id, 'Schöne Erinnerung.');
    t.requests.reset();
    await report(t, newResident(), { storyId: story.id, commentId: comment.id });
    expect(t.requests.sent()).toEqual(['GetItem', 'TransactWriteItems']);
  });
});

describe('replies of a comment nobody may see', () => {
  it('are not public once the parent is hidden', async () => {
    const story = await publishStory(t, newResident());
    const parent = await postComment(t, newResident(), story.id, 'Das war so.');
    await postComment(t, newResident(), story.id, 'Genau so.', parent.id);
    const hide = await t.call(
      'POST',
      `/api/moderation/comments/${story.id}/${parent.id}/decision`,
      {
        as: mia,
        body: { decision: 'hide', reason: 'Beleidigend' },
      },
    );
    expect(hide.status).toBe(200);
    const replies = await t.call('GET', `/api/stories/${story.id}/comments/${parent.id}/replies`);
    expect(replies.status).toBe(404);
    const forModerator = await t.call(
      'GET',
      `/api/stories/${story.id}/comments/${parent.id}/replies`,
      { as: mia },
    );
    expect(forModerator.json.items).toHaveLength(1);
  });
});

describe('dismissing reports on a published story', () => {
  it('keeps its museum pick and its counts', async () => {
    const story = await publishStory(t, newResident());
    await t.call('PUT', `/api/stories/${story.id}/vote`, { as: newResident() });
    expect((await t.call('PUT', `/api/curation/picks/${story.id}`, { as: kai })).status).toBe(200);
    await report(t, newResident(), { storyId: story.id });
    await decide(t, story.id, 'restore');
    const picks = await t.call('GET', '/api/picks?limit=50');
    const pick = picks.json.items.find((p: { id: string }) => p.id === story.id);
    expect(pick).toMatchObject({ voteCount: 1 });
  });
});

describe('the audit log cursors', () => {
  it('refuse a platform-log cursor on the log of one item', async () => {
    const story = await publishStory(t, newResident());
    await decide(t, story.id, 'hide', 'Prüfung');
    const page = await t.call('GET', '/api/moderation/log?limit=1', { as: mia });
    const cursor = encodeURIComponent(page.json.nextCursor);
    for (const path of [
      `/api/moderation/log/*?cursor=${cursor}`,
      `/api/moderation/log/${story.id}?cursor=${cursor}`,
    ]) {
      const res = await t.call('GET', path, { as: mia });
      expect(res.status).toBe(400);
    }
  });
});

describe('withdrawing a story that is on display', () => {
  it('takes it out of the exhibition and tells the curators', async () => {
    const author = newResident();
    const story = await publishStory(t, author);
    const exhibition = await publishedExhibition(t);
    await addItem(t, exhibition.id, story.id);
    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    const shown = await t.call('GET', `/api/exhibitions/${exhibition.id}`);
    expect(shown.json.items.map((i: { storyId: string }) => i.storyId)).not.toContain(story.id);
    const notices = await t.call('GET', '/api/curation/notices?limit=50', { as: kai });
    expect(notices.json.items).toContainEqual(
      expect.objectContaining({ kind: 'story-withdrawn', storyId: story.id }),
    );
  });
});
