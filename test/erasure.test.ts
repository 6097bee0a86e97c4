import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, ScanCommand, type ScanCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Comment } from '../shared/schemas/comment';
import { createAccountRepository } from '../functions/src/accounts/repository';
import { storyKeys } from '../functions/src/stories/keys';
import { startFakeLocalAdmin, type FakeLocalAdmin } from './support/fake-local-admin';
import { addItem, createExhibition } from './support/curation-flow';
import { newResident, publishStory, readAllPages, submitStory, decide } from './support/story-flow';
import { makeStoryInput } from './support/fixtures';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { feedCard, postComment, report } from './support/workspace';

const ADMIN_KEY = 'erasure-test-admin-key';
let t: TestApp;
let directory: FakeLocalAdmin;

beforeAll(async () => {
  directory = await startFakeLocalAdmin(ADMIN_KEY);
  t = await createTestApp({ LOCAL_AUTH_ADMIN_URL: directory.url, LOCAL_AUTH_ADMIN_KEY: ADMIN_KEY });
});
afterAll(() => directory.close());

/** Every item of the test table, every attribute, as text (Sets as arrays): a test-only Scan. */
async function everyItemAsText(): Promise<string[]> {
  const texts: string[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out: ScanCommandOutput = await t.deps.db.doc.send(
      new ScanCommand({ TableName: t.config.tableName, ExclusiveStartKey: startKey }),
    );
    for (const item of out.Items ?? [])
      texts.push(JSON.stringify(item, (_, v) => (v instanceof Set ? [...v] : v)));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return texts;
}

async function expectNoTrace(person: Persona, email: string) {
  const texts = await everyItemAsText();
  expect(texts.length).toBeGreaterThan(20);
  const needles = [person.sub, person.name, email];
  const found = texts.filter((text) => needles.some((needle) => text.includes(needle)));
  // The figure the closing note of an erasure quotes: how many items were read, how many held a trace.
  console.log(
    `erasure scan: ${texts.length} items read, ${found.length} with the sub, name or e-mail`,
  );
  for (const needle of needles) {
    expect(
      texts.filter((text) => text.includes(needle)),
      needle,
    ).toEqual([]);
  }
}

const storyItem = async (id: string) =>
  (
    await t.deps.db.doc.send(
      new GetCommand({ TableName: t.config.tableName, Key: storyKeys.story(id) }),
    )
  ).Item;

const comments = async (storyId: string) =>
  readAllPages<Comment>(t, `/api/stories/${storyId}/comments`);
const replies = async (storyId: string, commentId: string) =>
  readAllPages<Comment>(t, `/api/stories/${storyId}/comments/${commentId}/replies`);

/**
 * A person with a history: published stories (one in an exhibition, one picked), a pending one,
 * supports, reports, comments and replies on their own and on others' stories, and others'
 * replies, supports and reports on theirs.
 */
async function personWithHistory(label: string) {
  const id = randomUUID().slice(0, 8);
  const person: Persona = { sub: `u-erase-${id}`, name: `Zora ${label} ${id}`, groups: [] };
  const email = `zora-${id}@example.org`;
  directory.add({ sub: person.sub, email });
  const other = newResident('other');
  const neighbour = newResident('neighbour');

  const exhibited = await publishStory(t, person, { title: `Kaue und Lampenstube ${id}` });
  const exhibition = await createExhibition(t);
  await addItem(t, exhibition.id, exhibited.id);
  const picked = await publishStory(t, person, { title: `Taubenschlag ${id}` });
  expect(
    (await t.call('PUT', `/api/curation/picks/${picked.id}`, { as: PERSONAS.kai, body: {} }))
      .status,
  ).toBe(200);
  const pending = await submitStory(t, person, { title: `Noch in Prüfung ${id}` });

  const others = await publishStory(t, other, { title: `Die Zechensiedlung ${id}` });
  // Others take part in the person's story.
  const onOwn = await postComment(t, other, exhibited.id, 'Schön erzählt, danke!');
  expect((await t.call('PUT', `/api/stories/${exhibited.id}/vote`, { as: other })).status).toBe(
    200,
  );
  expect((await report(t, neighbour, { storyId: exhibited.id })).status).toBe(201);
  // The person takes part everywhere.
  await postComment(t, person, exhibited.id, 'Danke fürs Lesen.', onOwn.id);
  for (const story of [others, exhibited, picked])
    expect((await t.call('PUT', `/api/stories/${story.id}/vote`, { as: person })).status).toBe(200);
  expect((await t.call('PUT', `/api/stories/${others.id}/vote`, { as: neighbour })).status).toBe(
    200,
  );
  const repliedTo = await postComment(t, person, others.id, 'Mein Opa wohnte dort.');
  await postComment(t, other, others.id, 'Welche Straße?', repliedTo.id);
  const alone = await postComment(t, person, others.id, 'Und die Kirmes!');
  const othersComment = await postComment(t, neighbour, others.id, 'Ich auch.');
  const reply = await postComment(t, person, others.id, 'Wirklich?', othersComment.id);
  expect((await report(t, person, { storyId: others.id })).status).toBe(201);
  expect((await report(t, neighbour, { storyId: others.id })).status).toBe(201);
  expect(
    (await report(t, person, { storyId: others.id, commentId: othersComment.id })).status,
  ).toBe(201);

  return {
    person,
    email,
    other,
    neighbour,
    exhibited,
    exhibition,
    picked,
    pending,
    others,
    repliedTo,
    alone,
    othersComment,
    reply,
  };
}

const erase = (person: Persona, contributions: string) =>
  t.call('DELETE', '/api/me', { as: person, body: { contributions } });

async function expectTokenRefused(person: Persona, storyId: string) {
  const me = await t.call('GET', '/api/me', { as: person });
  expect(me.status).toBe(401);
  expect(me.json.type).toBe('/problems/account-erased');
  expect((await t.call('PUT', `/api/stories/${storyId}/vote`, { as: person })).status).toBe(401);
  expect((await report(t, person, { storyId })).status).toBe(401);
  expect((await t.call('PATCH', '/api/me', { as: person, body: { locale: 'en' } })).status).toBe(
    401,
  );
  const comment = await t.call('POST', `/api/stories/${storyId}/comments`, {
    as: person,
    body: { body: 'Noch einmal' },
  });
  expect(comment.status).toBe(409);
  const feedback = await t.call('POST', '/api/feedback/accessibility', {
    as: person,
    body: { description: 'Der Kontrast ist zu schwach.' },
  });
  expect(feedback.status).toBe(401);
  expect((await t.call('POST', '/api/me/notices/seen', { as: person })).status).toBe(200);
}

describe('DELETE /api/me { contributions: "delete" }', () => {
  it('deletes every own story and comment, withdraws supports and reports, and leaves no trace', async () => {
    const h = await personWithHistory('Delete');
    const before = await storyItem(h.others.id);
    const exhibitionBefore = (
      await t.call('GET', `/api/exhibitions/${h.exhibition.id}`, { as: PERSONAS.kai })
    ).json;

    const res = await erase(h.person, 'delete');
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      erased: true,
      stories: { deleted: 3, anonymised: 0 },
      // Their reply on their own story and their supports of their own stories went with those.
      comments: { deleted: 2, emptied: 1 },
      supportsWithdrawn: 1,
      reportsWithdrawn: 2,
    });

    for (const story of [h.exhibited, h.picked, h.pending])
      expect((await t.call('GET', `/api/stories/${story.id}`, { as: PERSONAS.mia })).status).toBe(
        404,
      );
    // The exhibition lost the story, with its count, and the curators were told.
    const exhibition = (
      await t.call('GET', `/api/exhibitions/${h.exhibition.id}`, { as: PERSONAS.kai })
    ).json;
    expect(exhibition.itemCount).toBe(exhibitionBefore.itemCount - 1);
    expect(exhibition.items.map((i: { storyId: string }) => i.storyId)).not.toContain(
      h.exhibited.id,
    );
    const notices = (await t.call('GET', '/api/curation/notices?limit=50', { as: PERSONAS.kai }))
      .json;
    expect(notices.items).toContainEqual(
      expect.objectContaining({ kind: 'story-erased', storyId: h.exhibited.id }),
    );
    const picks = await readAllPages<{ id: string }>(t, '/api/picks');
    expect(picks.map((p) => p.id)).not.toContain(h.picked.id);

    // The other story's counts are exact: one support, one report and two comments fewer.
    const after = await storyItem(h.others.id);
    expect(after!.voteCount).toBe(before!.voteCount - 1);
    expect(after!.reportCount).toBe(before!.reportCount - 1);
    expect(after!.commentCount).toBe(before!.commentCount - 2);
    const card = await feedCard(t, h.others.id);
    expect(card).toMatchObject({ voteCount: after!.voteCount, commentCount: after!.commentCount });
    // The comment others replied to keeps its place for them, empty; the others are gone.
    const list = await comments(h.others.id);
    expect(list.find((c) => c.id === h.repliedTo.id)).toMatchObject({
      erased: true,
      body: '',
      authorName: null,
      replyCount: 1,
    });
    expect(list.map((c) => c.id)).not.toContain(h.alone.id);
    expect(list.find((c) => c.id === h.othersComment.id)).toMatchObject({ replyCount: 0 });
    expect(await replies(h.others.id, h.repliedTo.id)).toHaveLength(1);
    expect(await replies(h.others.id, h.othersComment.id)).toEqual([]);

    await expectTokenRefused(h.person, h.others.id);
    expect(directory.users.has(h.person.sub)).toBe(false);
    await expectNoTrace(h.person, h.email);

    // Repeating the request is fine, and still leaves nothing behind.
    expect((await erase(h.person, 'delete')).status).toBe(200);
    await expectNoTrace(h.person, h.email);
  });
});

describe('DELETE /api/me { contributions: "anonymise" }', () => {
  it('keeps published stories and comments as "anonym", deletes the rest, and leaves no trace', async () => {
    const h = await personWithHistory('Anonymise');
    const before = await storyItem(h.others.id);
    const exhibitionBefore = (
      await t.call('GET', `/api/exhibitions/${h.exhibition.id}`, { as: PERSONAS.kai })
    ).json;

    const res = await erase(h.person, 'anonymise');
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({
      stories: { deleted: 1, anonymised: 2 },
      comments: { deleted: 0, anonymised: 4, emptied: 0 },
      supportsWithdrawn: 3,
      reportsWithdrawn: 2,
    });

    // The published stories stay, anonymous, everywhere they were shown.
    for (const story of [h.exhibited, h.picked]) {
      const shown = await t.call('GET', `/api/stories/${story.id}`);
      expect(shown.status).toBe(200);
      expect(shown.json).toMatchObject({
        status: 'published',
        authorName: null,
        attribution: 'anonymous',
      });
      expect((await feedCard(t, story.id))?.authorName).toBeNull();
    }
    expect((await t.call('GET', `/api/stories/${h.pending.id}`, { as: PERSONAS.mia })).status).toBe(
      404,
    );
    const exhibition = (
      await t.call('GET', `/api/exhibitions/${h.exhibition.id}`, { as: PERSONAS.kai })
    ).json;
    expect(exhibition.itemCount).toBe(exhibitionBefore.itemCount);
    expect(
      exhibition.items.find((i: { storyId: string }) => i.storyId === h.exhibited.id),
    ).toMatchObject({
      authorName: null,
    });
    const pick = (
      await readAllPages<{ id: string; authorName: string | null }>(t, '/api/picks')
    ).find((p) => p.id === h.picked.id);
    expect(pick?.authorName).toBeNull();

    // Comments stay, nameless; only the support and the report are counted off.
    const after = await storyItem(h.others.id);
    expect(after!.voteCount).toBe(before!.voteCount - 1);
    expect(after!.reportCount).toBe(before!.reportCount - 1);
    expect(after!.commentCount).toBe(before!.commentCount);
    const list = await comments(h.others.id);
    expect(list.find((c) => c.id === h.repliedTo.id)).toMatchObject({
      body: 'Mein Opa wohnte dort.',
      authorName: null,
      isOwn: false,
    });
    const reply = (await replies(h.others.id, h.othersComment.id)).find((c) => c.id === h.reply.id);
    expect(reply).toMatchObject({ body: 'Wirklich?', authorName: null, isOwn: false });

    await expectTokenRefused(h.person, h.others.id);
    expect(directory.users.has(h.person.sub)).toBe(false);
    await expectNoTrace(h.person, h.email);
    expect((await erase(h.person, 'anonymise')).status).toBe(200);
    await expectNoTrace(h.person, h.email);
  });
});

describe('a long history, and an erasure that stopped half-way', () => {
  it('erases 40 supports and 30 comments in batches, and finishes when sent again after a failure', async () => {
    const id = randomUUID().slice(0, 8);
    const person: Persona = { sub: `u-long-${id}`, name: `Langer Atem ${id}`, groups: [] };
    const email = `long-${id}@example.org`;
    directory.add({ sub: person.sub, email });
    const stories = [];
    for (let i = 0; i < 40; i++) stories.push(await publishStory(t, newResident(`long${i}`)));
    for (const story of stories)
      expect((await t.call('PUT', `/api/stories/${story.id}/vote`, { as: person })).status).toBe(
        200,
      );
    for (let i = 0; i < 30; i++)
      await postComment(t, person, stories[i % 3]!.id, `Erinnerung ${i}`);

    // The first attempt fails part-way: DynamoDB refuses the first batch delete.
    let failed = 0;
    t.deps.db.doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'BatchWriteItemCommand' && failed === 0) {
          failed++;
          throw new Error('injected outage');
        }
        return next(args);
      },
      { step: 'initialize', name: 'injectOutage' },
    );
    try {
      expect((await erase(person, 'delete')).status).toBe(500);
    } finally {
      t.deps.db.doc.middlewareStack.remove('injectOutage');
    }
    expect(failed).toBe(1);
    // The account at the issuer is still there: the person can sign in again to finish.
    expect(directory.users.has(person.sub)).toBe(true);
    const res = await erase(person, 'delete');
    expect(res.status, res.text).toBe(200);
    for (const story of stories.slice(0, 3)) {
      const item = await storyItem(story.id);
      expect(item).toMatchObject({ voteCount: 0, commentCount: 0 });
      expect(await feedCard(t, story.id)).toMatchObject({ voteCount: 0, commentCount: 0 });
    }
    for (const story of stories) expect((await storyItem(story.id))!.voteCount).toBe(0);
    expect(directory.users.has(person.sub)).toBe(false);
    await expectNoTrace(person, email);
    // Forty stories to set up make this the slow one: more time than the default.
  }, 90_000);
});

describe('while an erasure runs', () => {
  it('refuses new stories, comments and exports once the tombstone is there (their profile still is)', async () => {
    const id = randomUUID().slice(0, 8);
    const person: Persona = { sub: `u-race-${id}`, name: `Rasch ${id}`, groups: [] };
    const story = await publishStory(t, newResident('race-author'));
    // Their profile exists (first request), then the erasure's first step: the tombstone. Its
    // later steps have listed their pointers already, so nothing written now would be found.
    expect((await t.call('GET', '/api/me', { as: person })).status).toBe(200);
    const accounts = createAccountRepository(t.deps.db, t.config.cursorSecret);
    expect(await accounts.markErased(person.sub, new Date())).toBe(true);

    const comment = await t.call('POST', `/api/stories/${story.id}/comments`, {
      as: person,
      body: { body: 'Noch schnell ein Kommentar' },
    });
    expect(comment.status, comment.text).toBe(401);
    expect(comment.json.type).toBe('/problems/account-erased');
    const submitted = await t.call('POST', '/api/stories', {
      as: person,
      body: makeStoryInput(),
    });
    expect(submitted.status, submitted.text).toBe(401);
    const exported = await t.call('GET', '/api/me/export', { as: person });
    expect(exported.status, exported.text).toBe(401);

    // The erasure finishes; nothing of theirs was written meanwhile.
    expect((await erase(person, 'delete')).status).toBe(200);
    const texts = await everyItemAsText();
    expect(texts.filter((text) => text.includes(person.sub))).toEqual([]);
    expect(texts.filter((text) => text.includes(person.name))).toEqual([]);
  });

  it('keeps a comment that someone replied to just before it was deleted, with the counts exact', async () => {
    const id = randomUUID().slice(0, 8);
    const person: Persona = { sub: `u-reply-${id}`, name: `Antwort ${id}`, groups: [] };
    const other = newResident('late-replier');
    const story = await publishStory(t, newResident('reply-author'));
    const comment = await postComment(t, person, story.id, 'Wer erinnert sich?');
    // The erasure found no replies; right before its delete, someone answers.
    let injected = false;
    t.deps.db.doc.middlewareStack.add(
      (next, context) => async (args) => {
        const items = (args.input as { TransactItems?: { Delete?: { Key?: { sk?: string } } }[] })
          .TransactItems;
        const deletesComment = items?.some((item) =>
          String(item.Delete?.Key?.sk ?? '').endsWith(comment.id),
        );
        if (context.commandName === 'TransactWriteItemsCommand' && deletesComment && !injected) {
          injected = true;
          await postComment(t, other, story.id, 'Ich!', comment.id);
        }
        return next(args);
      },
      { step: 'initialize', name: 'injectReply' },
    );
    try {
      expect((await erase(person, 'delete')).status).toBe(200);
    } finally {
      t.deps.db.doc.middlewareStack.remove('injectReply');
    }
    expect(injected).toBe(true);
    const list = await comments(story.id);
    expect(list).toEqual([
      expect.objectContaining({ id: comment.id, erased: true, body: '', replyCount: 1 }),
    ]);
    expect(await replies(story.id, comment.id)).toHaveLength(1);
    expect((await storyItem(story.id))!.commentCount).toBe(2);
    const texts = await everyItemAsText();
    expect(texts.filter((text) => text.includes(person.sub))).toEqual([]);
  });

  it('writes no rate-limit counter for an erased token that asks for an export', async () => {
    const id = randomUUID().slice(0, 8);
    const person: Persona = { sub: `u-late-${id}`, name: `Spät ${id}`, groups: [] };
    expect((await erase(person, 'delete')).status).toBe(200);
    const exported = await t.call('GET', '/api/me/export', { as: person });
    expect(exported.status, exported.text).toBe(401);
    const texts = await everyItemAsText();
    expect(texts.filter((text) => text.includes(person.sub))).toEqual([]);
  });
});

describe('staff', () => {
  it('refuses a person with a staff role (409), and erases a former moderator from the log', async () => {
    const id = randomUUID().slice(0, 8);
    const moderator: Persona = {
      sub: `u-mod-${id}`,
      name: `Moderation Ulla ${id}`,
      groups: ['moderators'],
    };
    const story = await submitStory(t, newResident('author'));
    await decide(t, story.id, 'approve', undefined, moderator);
    const note = await t.call('POST', `/api/moderation/notes/${story.id}`, {
      as: moderator,
      body: { body: 'Geprüft.' },
    });
    expect(note.status, note.text).toBe(201);
    const refused = await erase(moderator, 'delete');
    expect(refused.status).toBe(409);
    expect(refused.json.type).toBe('/problems/staff-account');

    // An admin took the role away; the next token has none.
    const token = await t.deps.devIssuer!.sign({ ...moderator, groups: [] });
    const res = await t.app.request('/api/me', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ contributions: 'delete' }),
    });
    expect(res.status).toBe(200);
    // Their old token still carries the role (and has not expired): it decides nothing any more.
    const later = await submitStory(t, newResident('later-author'));
    const stale = await t.call('POST', `/api/moderation/stories/${later.id}/decision`, {
      as: moderator,
      body: { decision: 'approve' },
    });
    expect(stale.status, stale.text).toBe(401);
    const staleNote = await t.call('POST', `/api/moderation/notes/${later.id}`, {
      as: moderator,
      body: { body: 'Noch eine Notiz.' },
    });
    expect(staleNote.status, staleNote.text).toBe(401);
    const log = (await t.call('GET', `/api/moderation/log/${story.id}`, { as: PERSONAS.mia })).json;
    expect(JSON.stringify(log)).not.toContain(moderator.sub);
    const texts = await everyItemAsText();
    expect(texts.filter((text) => text.includes(moderator.sub))).toEqual([]);
    expect(texts.some((text) => text.includes('"actorSub":"erased"'))).toBe(true);
  });

  it('refuses an anonymous caller (401) and a bad body (400) with problem+json', async () => {
    expect((await t.call('DELETE', '/api/me', { body: { contributions: 'delete' } })).status).toBe(
      401,
    );
    const bad = await t.call('DELETE', '/api/me', {
      as: newResident('bad'),
      body: { contributions: 'all' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
  });
});
