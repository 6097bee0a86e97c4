import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { decide, newResident, publishStory, submitStory } from './support/story-flow';
import { feedCard, feedIds, postComment, queueEntries, report } from './support/workspace';

const { anna, ben, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const EMAIL = 'glueckauf@example.de';
const PHONE = '0234 123456';
const entryOf = async (kind: 'stories' | 'reports', id: string) =>
  (await queueEntries(t, kind)).find((entry) => entry.id === id);
const reportThrice = async (storyId: string) => {
  for (const reporter of [newResident(), newResident(), newResident()]) {
    expect((await report(t, reporter, { storyId }, { reason: 'spam' })).status).toBe(201);
  }
};

describe('pre-screen flags on a submitted story', () => {
  it('appear in its queue entry with spans that cut the flagged text out of the body', async () => {
    const body = `Wer Fotos von der Zeche hat, schreibt an ${EMAIL} oder ruft ${PHONE} an.`;
    const story = await submitStory(t, newResident('author'), { body });
    const entry = await entryOf('stories', story.id);
    expect(entry?.flags).toEqual(['email', 'phone']);
    const spans = entry!.flagSpans.map((s) => [s.field, s.kind, body.slice(s.start, s.end)]);
    expect(spans).toEqual([
      ['body', 'email', EMAIL],
      ['body', 'phone', PHONE],
    ]);
  });
});

describe('resolving reported stories', () => {
  it('restore brings a story hidden by reports back with its counts and clears its reports', async () => {
    const story = await publishStory(t, newResident('author'));
    await t.call('PUT', `/api/stories/${story.id}/vote`, { as: ben });
    await postComment(t, ben, story.id, 'Genau so war es bei uns auch.');
    await reportThrice(story.id);
    expect(await entryOf('reports', story.id)).toMatchObject({ hiddenByReports: true });

    const restored = await decide(t, story.id, 'restore');
    expect(restored.status).toBe('published');
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(200);
    expect(await feedCard(t, story.id)).toMatchObject({ voteCount: 1, commentCount: 1 });
    expect(await feedIds(t, 'theme=colliery&sort=top')).toContain(story.id);
    expect(await entryOf('reports', story.id)).toBeUndefined();

    // The count starts again: one new report is the first, and hides nothing.
    const next = await report(t, newResident(), { storyId: story.id }, { reason: 'other' });
    expect(next.status).toBe(201);
    expect(await entryOf('reports', story.id)).toMatchObject({
      reportCount: 1,
      reportReasons: ['other'],
      hiddenByReports: false,
    });
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(200);
  });

  it('restore dismisses the reports on a published story and keeps its museum pick and counts', async () => {
    const story = await publishStory(t, newResident());
    await t.call('PUT', `/api/stories/${story.id}/vote`, { as: newResident() });
    expect((await t.call('PUT', `/api/curation/picks/${story.id}`, { as: kai })).status).toBe(200);
    await report(t, newResident(), { storyId: story.id });
    expect(await entryOf('reports', story.id)).toMatchObject({ reportCount: 1 });
    expect((await decide(t, story.id, 'restore')).status).toBe('published');
    expect(await entryOf('reports', story.id)).toBeUndefined();
    const picks = await t.call('GET', '/api/picks?limit=50');
    const pick = picks.json.items.find((p: { id: string }) => p.id === story.id);
    expect(pick).toMatchObject({ voteCount: 1 });
  });

  it('hide confirms a single report: the story is hidden and leaves the reports queue', async () => {
    const story = await publishStory(t, newResident('author'));
    await report(t, newResident(), { storyId: story.id });
    expect(await entryOf('reports', story.id)).toMatchObject({ reportCount: 1 });
    const hidden = await decide(t, story.id, 'hide', 'Beleidigend');
    expect(hidden.status).toBe('hidden');
    expect((await t.call('GET', `/api/stories/${story.id}`)).status).toBe(404);
    expect(await feedIds(t)).not.toContain(story.id);
    expect(await entryOf('reports', story.id)).toBeUndefined();
  });
});

describe('moderator notes', () => {
  const notes = (id: string, as?: Persona) => t.call('GET', `/api/moderation/notes/${id}`, { as });
  const addNote = (id: string, as: Persona | undefined, body: string) =>
    t.call('POST', `/api/moderation/notes/${id}`, { as, body: { body } });

  it('are closed to anonymous callers (401), residents and curators (403)', async () => {
    const { id } = await submitStory(t, newResident('author'));
    expect((await notes(id)).status).toBe(401);
    expect((await addNote(id, undefined, 'Heimlich')).status).toBe(401);
    for (const persona of [ben, kai]) {
      expect((await notes(id, persona)).status).toBe(403);
      expect((await addNote(id, persona, 'Heimlich')).status).toBe(403);
    }
    expect((await notes(id, mia)).json.items).toEqual([]);
  });

  it('are a 404 problem for an id that is no story or comment, and nothing is stored', async () => {
    const story = await publishStory(t, newResident('author'));
    for (const id of ['01JZZZZZZZZZZZZZZZZZZZZZZZ', 'nothing-here']) {
      for (const res of [await notes(id, mia), await addNote(id, mia, 'Ins Leere')]) {
        expect(res.status, id).toBe(404);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    }
    const unknownComment = `01JZZZZZZZZZZZZZZZZZZZZZZZ?storyId=${story.id}`;
    expect((await addNote(unknownComment, mia, 'Ins Leere')).status).toBe(404);
  });

  it('on a comment name its story, and are kept under the comment', async () => {
    const story = await publishStory(t, newResident('author'));
    const posted = await t.call('POST', `/api/stories/${story.id}/comments`, {
      as: newResident(),
      body: { body: 'Mein Opa war auch auf Hannover.' },
    });
    const comment = `${posted.json.id}?storyId=${story.id}`;
    expect((await notes(comment, mia)).json).toEqual({ items: [] });
    expect((await addNote(comment, mia, 'Name des Opas geprüft.')).status).toBe(201);
    expect((await notes(posted.json.id, mia)).json.items).toHaveLength(1);
    expect((await notes(`${posted.json.id}?storyId=${story.id}`, mia)).json.items).toHaveLength(1);
  });

  it('are added with 201, listed oldest first and never shown with the story', async () => {
    const author = newResident('author');
    const story = await publishStory(t, author);
    const first = await addNote(story.id, mia, 'Autorin angerufen, Ort stimmt.');
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({
      entityId: story.id,
      authorSub: mia.sub,
      authorName: mia.name,
    });
    expect((await addNote(story.id, mia, 'Foto folgt per Post.')).status).toBe(201);
    const listed = await notes(story.id, mia);
    expect(listed.json.items.map((n: { body: string }) => n.body)).toEqual([
      'Autorin angerufen, Ort stimmt.',
      'Foto folgt per Post.',
    ]);
    for (const viewer of [undefined, author]) {
      const page = await t.call('GET', `/api/stories/${story.id}`, { as: viewer });
      expect(page.status).toBe(200);
      expect(page.text).not.toContain('Autorin angerufen');
      expect(page.text).not.toContain('Foto folgt');
    }
  });
});

describe('GET /api/moderation/overview', () => {
  let o: TestApp;
  const T0 = Math.floor(Date.now() / 1000) * 1000 - 3 * 3_600_000;
  const at = (seconds: number) => () => new Date(T0 + seconds * 1000);
  beforeAll(async () => {
    o = await createTestApp();
  });
  afterAll(() => {
    o.deps.now = () => new Date();
  });

  it('is closed to anonymous callers (401), residents and curators (403)', async () => {
    expect((await o.call('GET', '/api/moderation/overview')).status).toBe(401);
    expect((await o.call('GET', '/api/moderation/overview', { as: ben })).status).toBe(403);
    expect((await o.call('GET', '/api/moderation/overview', { as: kai })).status).toBe(403);
  });

  it('counts each queue, the age of its oldest item and the median time to a first decision', async () => {
    const author = newResident('author');
    o.deps.now = at(-10 * 86_400);
    const old = await submitStory(o, author);
    o.deps.now = at(-10 * 86_400 + 50);
    await decide(o, old.id, 'approve'); // 50 s, ten days ago: only in the 30-day window
    const submitted = [];
    for (const [i, second] of [0, 60, 120, 180].entries()) {
      o.deps.now = at(second);
      submitted.push(await submitStory(o, author, { title: `Geschichte ${i}` }));
    }
    const [s1, s2, s3] = submitted;
    o.deps.now = at(100);
    await decide(o, s1!.id, 'approve'); // 100 s
    o.deps.now = at(200);
    const decided = await postComment(o, ben, s1!.id, `Ruf an: ${PHONE}`);
    o.deps.now = at(250);
    await postComment(o, ben, s1!.id, `Oder schreib an ${EMAIL}`);
    o.deps.now = at(300);
    await report(o, newResident(), { storyId: s1!.id });
    o.deps.now = at(360);
    await decide(o, s2!.id, 'reject', 'Kein Bezug zum Ruhrgebiet'); // 300 s
    o.deps.now = at(1020);
    await decide(o, s3!.id, 'request-changes', 'Bitte Jahr ergänzen'); // 900 s
    o.deps.now = at(1200);
    const approve = { as: mia, body: { decision: 'approve' } };
    const path = `/api/moderation/comments/${s1!.id}/${decided.id}/decision`;
    expect((await o.call('POST', path, approve)).status).toBe(200); // 1000 s
    o.deps.now = at(1800);
    await decide(o, old.id, 'hide', 'Nachträglich geprüft'); // not first decisions: not counted
    await decide(o, old.id, 'restore');

    const res = await o.call('GET', '/api/moderation/overview', { as: mia });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      queues: {
        stories: { count: 1, oldestAgeSeconds: 1800 - 180 },
        comments: { count: 1, oldestAgeSeconds: 1800 - 250 },
        reports: { count: 1, oldestAgeSeconds: 1800 - 300 },
      },
      timeToDecision: {
        last7Days: { decisions: 4, medianSeconds: (300 + 900) / 2 },
        last30Days: { decisions: 5, medianSeconds: 300 },
      },
    });
  });
});

describe('unseen decisions', () => {
  it('are 401 for an anonymous caller', async () => {
    expect((await t.call('GET', '/api/me')).status).toBe(401);
    expect((await t.call('POST', '/api/me/notices/seen')).status).toBe(401);
  });

  it('count the decisions on my stories until I have seen them', async () => {
    const [first, second] = [await submitStory(t, anna), await submitStory(t, anna)];
    expect((await t.call('GET', '/api/me', { as: anna })).json.unseenDecisions).toBe(0);
    await decide(t, first.id, 'approve');
    await decide(t, second.id, 'reject', 'Leider nicht passend');
    const me = await t.call('GET', '/api/me', { as: anna });
    expect(me.json).toMatchObject({ sub: anna.sub, unseenDecisions: 2 });
    expect((await t.call('GET', '/api/me', { as: ben })).json.unseenDecisions).toBe(0);

    const seen = await t.call('POST', '/api/me/notices/seen', { as: anna });
    expect(seen.status).toBe(200);
    expect(seen.json).toEqual({ unseenDecisions: 0 });
    expect((await t.call('GET', '/api/me', { as: anna })).json.unseenDecisions).toBe(0);
    await decide(t, first.id, 'hide', 'Nachträglich gemeldet');
    expect((await t.call('GET', '/api/me', { as: anna })).json.unseenDecisions).toBe(1);
  });
});

describe('what reporters wrote, for the moderators', () => {
  it('the reports queue carries each report’s reason and note, in one Query, without names', async () => {
    const story = await publishStory(t, newResident('author'));
    const note = 'Der Nachname der Nachbarin steht im dritten Absatz.';
    await report(t, newResident(), { storyId: story.id }, { reason: 'personal-data', note });
    await report(t, newResident(), { storyId: story.id }, { reason: 'spam' });
    t.requests.reset();
    const res = await t.call('GET', '/api/moderation/queue?kind=reports&limit=50', { as: mia });
    expect(t.requests.sent()).toEqual(['Query']);
    const entry = (res.json.items as { id: string; reports?: unknown[] }[]).find(
      (e) => e.id === story.id,
    );
    expect(entry?.reports).toEqual([
      { reason: 'personal-data', note, at: expect.any(String) },
      { reason: 'spam', at: expect.any(String) },
    ]);
    // Who reported stays out of it.
    expect(Object.keys(Object.assign({}, ...(entry?.reports ?? [])))).toEqual([
      'reason',
      'note',
      'at',
    ]);

    // A decision on the reports settles them: the notes go with the count.
    await decide(t, story.id, 'restore');
    await report(t, newResident(), { storyId: story.id }, { reason: 'other' });
    expect((await entryOf('reports', story.id))?.reports).toEqual([
      { reason: 'other', at: expect.any(String) },
    ]);
  });
});

describe('a resubmission after a request for changes', () => {
  it('carries the title and body the moderator saw at the last request for changes', async () => {
    const author = newResident('author');
    const story = await submitStory(t, author, {
      title: 'Die alte Zeche',
      body: 'Mein Vater fuhr jeden Morgen mit dem Rad zur Zeche.',
    });
    await decide(t, story.id, 'request-changes', 'Bitte ohne Nachnamen.');
    const res = await t.call('PATCH', `/api/stories/${story.id}`, {
      as: author,
      body: { title: 'Die alte Zeche Hannover', body: 'Vater fuhr jeden Morgen zur Zeche.' },
    });
    expect(res.status).toBe(200);
    expect((await entryOf('stories', story.id))?.reviewedText).toEqual({
      title: 'Die alte Zeche',
      body: 'Mein Vater fuhr jeden Morgen mit dem Rad zur Zeche.',
      at: expect.any(String),
    });
    // Asked again: the version seen now is the one to compare the next edit with.
    await decide(t, story.id, 'request-changes', 'Und bitte den Ort genauer.');
    await t.call('PATCH', `/api/stories/${story.id}`, { as: author, body: { title: 'Zeche' } });
    expect((await entryOf('stories', story.id))?.reviewedText).toMatchObject({
      title: 'Die alte Zeche Hannover',
      body: 'Vater fuhr jeden Morgen zur Zeche.',
    });
  });
});
