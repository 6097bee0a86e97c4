import { beforeAll, describe, expect, it } from 'vitest';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { accountKeys, createAccountRepository } from '../functions/src/accounts/repository';
import { addInteractionPointers } from '../scripts/migrations/interaction-pointers';
import { createTestApp, type TestApp } from './support/test-app';
import { newResident, publishStory } from './support/story-flow';
import { postComment, report } from './support/workspace';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const accounts = () => createAccountRepository(t.deps.db);

describe('person pointers to supports and reports', () => {
  it('puts a support pointer with the vote and deletes it with the withdrawal', async () => {
    const story = await publishStory(t, newResident('author'));
    const voter = newResident('voter');
    expect((await t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter })).status).toBe(200);
    expect(await accounts().supports(voter.sub)).toEqual([story.id]);
    expect((await t.call('DELETE', `/api/stories/${story.id}/vote`, { as: voter })).status).toBe(
      200,
    );
    expect(await accounts().supports(voter.sub)).toEqual([]);
  });

  it('keeps the vote and its pointer together when the vote is refused', async () => {
    const voter = newResident('voter');
    const res = await t.call('PUT', `/api/stories/01JZZZZZZZZZZZZZZZZZZZZZZZ/vote`, { as: voter });
    expect(res.status).toBe(404);
    expect(await accounts().supports(voter.sub)).toEqual([]);
  });

  it('puts a report pointer for a reported story and a reported comment', async () => {
    const author = newResident('author');
    const story = await publishStory(t, author);
    const comment = await postComment(t, author, story.id, 'Glück auf aus Wattenscheid');
    const reporter = newResident('reporter');
    expect((await report(t, reporter, { storyId: story.id })).status).toBe(201);
    expect((await report(t, reporter, { storyId: story.id, commentId: comment.id })).status).toBe(
      201,
    );
    const made = await accounts().reportsMade(reporter.sub);
    expect(made).toHaveLength(2);
    expect(made).toContainEqual({ storyId: story.id, target: 'STORY' });
    expect(made.filter((r) => r.target !== 'STORY').map((r) => r.storyId)).toEqual([story.id]);
  });

  it('gives supports and reports from before pointers theirs, idempotently', async () => {
    const story = await publishStory(t, newResident('author'));
    const voter = newResident('voter');
    await t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter });
    await report(t, voter, { storyId: story.id });
    // As stored before pointers existed: the vote and the report without them.
    for (const key of [
      accountKeys.support(voter.sub, story.id),
      accountKeys.report(voter.sub, story.id, 'STORY'),
    ]) {
      await t.deps.db.doc.send(new DeleteCommand({ TableName: t.deps.db.tableName, Key: key }));
    }
    expect(await accounts().supports(voter.sub)).toEqual([]);

    expect(await addInteractionPointers(t.deps.db)).toBeGreaterThanOrEqual(2);
    await addInteractionPointers(t.deps.db);
    expect(await accounts().supports(voter.sub)).toEqual([story.id]);
    expect(await accounts().reportsMade(voter.sub)).toEqual([
      { storyId: story.id, target: 'STORY' },
    ]);
  });
});
