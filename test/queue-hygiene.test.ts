import { beforeAll, describe, expect, it } from 'vitest';
import { newResident, publishStory, submitStory } from './support/story-flow';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { postComment, queueEntries } from './support/workspace';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

describe('the moderation queues stay workable', () => {
  it('keeps a pending story in its place when its author edits it', async () => {
    const author = newResident();
    const story = await submitStory(t, author);
    const before = (await queueEntries(t, 'stories')).find((e) => e.id === story.id)!;
    const edit = await t.call('PATCH', `/api/stories/${story.id}`, {
      as: author,
      body: { title: 'Ein besserer Titel für meine Geschichte' },
    });
    expect(edit.status).toBe(200);
    const after = (await queueEntries(t, 'stories')).find((e) => e.id === story.id)!;
    expect(after.submittedAt).toBe(before.submittedAt);
    expect(after.story?.title).toBe('Ein besserer Titel für meine Geschichte');
  });

  it('lets a moderator settle a held comment on a story its author has withdrawn', async () => {
    const author = newResident();
    const story = await publishStory(t, author);
    const held = await postComment(t, newResident(), story.id, 'Schreib mir: jemand@example.de');
    expect(held.status).toBe('held');
    await t.call('DELETE', `/api/stories/${story.id}`, { as: author });
    const decision = await t.call(
      'POST',
      `/api/moderation/comments/${story.id}/${held.id}/decision`,
      {
        as: PERSONAS.mia,
        body: { decision: 'hide', reason: 'Die Geschichte wurde zurückgezogen.' },
      },
    );
    expect(decision.status).toBe(200);
    expect((await queueEntries(t, 'comments')).map((e) => e.id)).not.toContain(held.id);
  });
});
