import { beforeAll, describe, expect, it } from 'vitest';
import type { Story, StoryCard } from '../shared/schemas/story';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { decide, newResident, publishStory, readAllPages, submitStory } from './support/story-flow';
import { feedIds, queueEntries } from './support/workspace';

const { ben, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const edit = (id: string, as: Persona | undefined, body: unknown) =>
  t.call('PATCH', `/api/stories/${id}`, { as, body });
const withdraw = (id: string, as?: Persona) => t.call('DELETE', `/api/stories/${id}`, { as });
const queuedIds = async () => (await queueEntries(t, 'stories')).map((entry) => entry.id);
const myStories = (as: Persona) => readAllPages<StoryCard>(t, '/api/me/stories?limit=50', { as });

describe('PATCH /api/stories/{id}', () => {
  it('refuses an anonymous caller with 401', async () => {
    const story = await submitStory(t, newResident('edit'));
    const res = await edit(story.id, undefined, { title: 'Ein neuer Titel' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it('hides a pending story from other residents with 404 and refuses a moderator with 403', async () => {
    const story = await submitStory(t, newResident('edit'));
    expect((await edit(story.id, ben, { title: 'Von Ben geändert' })).status).toBe(404);
    const byModerator = await edit(story.id, mia, { title: 'Von Mia geändert' });
    expect(byModerator.status).toBe(403);
    expect(byModerator.json.type).toBe('/problems/not-editable');
    expect((await edit(story.id, kai, { title: 'Von Kai geändert' })).status).toBe(404);
  });

  it('lets the author change a pending story, which stays pending', async () => {
    const author = newResident('edit');
    const story = await submitStory(t, author);
    const res = await edit(story.id, author, {
      title: 'Die allerletzte Schicht',
      themes: ['community'],
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: 'pending',
      title: 'Die allerletzte Schicht',
      themes: ['community'],
    });
    const stored = await t.call('GET', `/api/stories/${story.id}`, { as: author });
    expect(stored.json).toMatchObject({
      status: 'pending',
      title: 'Die allerletzte Schicht',
      themes: ['community'],
      body: story.body,
    });
    expect(await queuedIds()).toContain(story.id);
  });

  it('keeps a pending story in its place in the moderation queue when its author edits it', async () => {
    const author = newResident();
    const story = await submitStory(t, author);
    const before = (await queueEntries(t, 'stories')).find((e) => e.id === story.id)!;
    const res = await edit(story.id, author, { title: 'Ein besserer Titel für meine Geschichte' });
    expect(res.status).toBe(200);
    const after = (await queueEntries(t, 'stories')).find((e) => e.id === story.id)!;
    expect(after.submittedAt).toBe(before.submittedAt);
    expect(after.story?.title).toBe('Ein besserer Titel für meine Geschichte');
  });

  it('puts a story a moderator asked to change back into the queue as pending once edited', async () => {
    const author = newResident('edit');
    const story = await submitStory(t, author);
    await decide(t, story.id, 'request-changes', 'Bitte den Ort genauer angeben.');
    expect(await queuedIds()).not.toContain(story.id);
    const res = await edit(story.id, author, {
      place: { name: 'Bochum-Hordel, Zechenstraße', precision: 'city' },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      status: 'pending',
      place: { name: 'Bochum-Hordel, Zechenstraße' },
    });
    const queued = (await queueEntries(t, 'stories')).find((entry) => entry.id === story.id);
    expect(queued?.story).toMatchObject({ status: 'pending', place: { precision: 'city' } });
    expect(Date.parse(queued!.submittedAt)).toBeGreaterThan(Date.parse(story.createdAt));
    expect((await decide(t, story.id, 'approve')).status).toBe('published');
  });

  it('answers the author 409 once the story is published, and others 403', async () => {
    const author = newResident('edit');
    const story = await publishStory(t, author);
    const res = await edit(story.id, author, { title: 'Nachträglich geändert' });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
    expect(res.json.type).toBe('/problems/not-editable');
    expect((await edit(story.id, ben, { title: 'Von Ben geändert' })).status).toBe(403);
    expect((await t.call('GET', `/api/stories/${story.id}`)).json.title).toBe(story.title);
  });

  it('answers the author 409 on a rejected, hidden or withdrawn story', async () => {
    const author = newResident('edit');
    const rejected = await submitStory(t, author);
    await decide(t, rejected.id, 'reject', 'Keine eigene Erinnerung.');
    const hidden = await publishStory(t, author);
    await decide(t, hidden.id, 'hide', 'Persönliche Daten');
    const withdrawn = await submitStory(t, author);
    await withdraw(withdrawn.id, author);
    for (const story of [rejected, hidden, withdrawn]) {
      const res = await edit(story.id, author, { title: 'Nachträglich geändert' });
      expect(res.status).toBe(409);
      expect(res.json.type).toBe('/problems/not-editable');
    }
  });

  it('rejects a title that is too short with 400 naming the field, and changes nothing', async () => {
    const author = newResident('edit');
    const story = await submitStory(t, author);
    const res = await edit(story.id, author, { title: 'ab' });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(['title']);
    expect((await t.call('GET', `/api/stories/${story.id}`, { as: author })).json.title).toBe(
      story.title,
    );
  });

  it('rejects an unknown field with 400', async () => {
    const author = newResident('edit');
    const story = await submitStory(t, author);
    const res = await edit(story.id, author, { title: 'Ein neuer Titel', status: 'published' });
    expect(res.status).toBe(400);
    expect(res.json.type).toBe('/problems/validation-error');
    expect((await t.call('GET', `/api/stories/${story.id}`, { as: author })).json).toMatchObject({
      status: 'pending',
      title: story.title,
    });
  });

  it('clears the place when the patch sets it to null', async () => {
    const author = newResident('edit');
    const story = await submitStory(t, author);
    expect(story.place).toBeDefined();
    const res = await edit(story.id, author, { place: null });
    expect(res.status).toBe(200);
    expect(res.json.place).toBeUndefined();
    const stored = await t.call('GET', `/api/stories/${story.id}`, { as: author });
    expect(stored.json.place).toBeUndefined();
    expect(stored.json.period).toEqual(story.period);
  });
});

describe('DELETE /api/stories/{id}', () => {
  it('refuses an anonymous caller with 401', async () => {
    const story = await publishStory(t, newResident('withdraw'));
    expect((await withdraw(story.id)).status).toBe(401);
  });

  it('answers other residents 404 on a pending story and 403 on a published one', async () => {
    const author = newResident('withdraw');
    const pending = await submitStory(t, author);
    const published = await publishStory(t, author);
    expect((await withdraw(pending.id, ben)).status).toBe(404);
    expect((await withdraw(published.id, ben)).status).toBe(403);
    expect((await withdraw(pending.id, mia)).status).toBe(403);
    expect((await t.call('GET', `/api/stories/${published.id}`)).json.status).toBe('published');
    expect((await t.call('GET', `/api/stories/${pending.id}`, { as: author })).json.status).toBe(
      'pending',
    );
  });

  it('takes a published story out of every feed and the public page, but keeps it in my stories', async () => {
    const author = newResident('withdraw');
    const story = await publishStory(t, author, {
      themes: ['colliery', 'migration'],
      language: 'tr',
    });
    const filters = [
      '',
      'theme=colliery',
      'theme=migration',
      'language=tr',
      'decade=1960',
      'decade=1970',
    ];
    const queries = filters.flatMap((f) => [`${f}&sort=new`, `${f}&sort=top`]);
    for (const query of queries) expect(await feedIds(t, query), query).toContain(story.id);

    const res = await withdraw(story.id, author);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ id: story.id, status: 'withdrawn' });
    for (const query of queries) expect(await feedIds(t, query), query).not.toContain(story.id);
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(404);
    expect((await t.call('GET', `/api/stories/${story.id}`, { as: ben })).status).toBe(404);
    const mine = (await myStories(author)).find((card) => card.id === story.id);
    expect(mine?.status).toBe('withdrawn');
  });

  it('answers 200 again to a second withdrawal, changing nothing', async () => {
    const author = newResident('withdraw');
    const story = await publishStory(t, author);
    const first = await withdraw(story.id, author);
    const second = await withdraw(story.id, author);
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ status: 'withdrawn', updatedAt: first.json.updatedAt });
    expect((await myStories(author)).filter((card) => card.id === story.id)).toHaveLength(1);
  });

  it('takes a withdrawn pending story out of the moderation queue', async () => {
    const author = newResident('withdraw');
    const story = await submitStory(t, author);
    expect(await queuedIds()).toContain(story.id);
    expect((await withdraw(story.id, author)).json.status).toBe('withdrawn');
    expect(await queuedIds()).not.toContain(story.id);
    const late = await t.call('POST', `/api/moderation/stories/${story.id}/decision`, {
      as: mia,
      body: { decision: 'approve' },
    });
    expect(late.status).toBe(404);
  });

  it('answers 404 to support for a withdrawn story and keeps its count', async () => {
    const author = newResident('withdraw');
    const story = await publishStory(t, author);
    expect((await t.call('PUT', `/api/stories/${story.id}/vote`, { as: ben })).json.voteCount).toBe(
      1,
    );
    await withdraw(story.id, author);
    const voter = newResident('voter');
    expect((await t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter })).status).toBe(404);
    expect((await t.call('DELETE', `/api/stories/${story.id}/vote`, { as: ben })).status).toBe(404);
    const own = await t.call('GET', `/api/stories/${story.id}`, { as: author });
    expect((own.json as Story).voteCount).toBe(1);
  });
});
