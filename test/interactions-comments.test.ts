import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../shared/schemas/comment';
import type { StoryCard } from '../shared/schemas/story';
import { newId } from '../functions/src/core/ids';
import { transactWrite } from '../functions/src/core/transact';
import { createCommentRepository } from '../functions/src/stories/comment-repository';
import { unnameAnonymousAuthorComments } from '../scripts/migrations/anonymous-author-comments';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { decide, newResident, publishStory, readAllPages, submitStory } from './support/story-flow';
import { postComment } from './support/workspace';

const { anna, ben, mia, kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const comment = (id: string, as: Persona | undefined, body: unknown) =>
  t.call('POST', `/api/stories/${id}/comments`, { as, body });
const page = (id: string, as?: Persona) => t.call('GET', `/api/stories/${id}`, { as });
const ids = (items: Comment[]) => items.map((c) => c.id);
async function feedCard(id: string) {
  return (await readAllPages<StoryCard>(t, '/api/stories?limit=50')).find((c) => c.id === id);
}

describe('POST /api/stories/{id}/comments', () => {
  let id: string;
  beforeAll(async () => {
    id = (await publishStory(t, anna)).id;
  });

  it('refuses an anonymous caller with 401', async () => {
    const res = await comment(id, undefined, { body: 'Schön erzählt.' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it('answers 404 for an unknown story', async () => {
    const res = await comment('01JZZZZZZZZZZZZZZZZZZZZZZZ', ben, { body: 'Schön erzählt.' });
    expect(res.status).toBe(404);
  });

  it('answers 409 to the author of a pending story and 404 to others', async () => {
    const author = newResident('pending-comment');
    const pending = await submitStory(t, author);
    expect((await comment(pending.id, author, { body: 'Noch eine Ergänzung.' })).status).toBe(409);
    expect((await comment(pending.id, mia, { body: 'Noch eine Ergänzung.' })).status).toBe(409);
    expect((await comment(pending.id, ben, { body: 'Noch eine Ergänzung.' })).status).toBe(404);
    await decide(t, pending.id, 'approve');
    expect((await page(pending.id)).json).toMatchObject({
      commentCount: 0,
      comments: { items: [] },
    });
  });

  it.each([
    ['a resident', ben],
    ['the author', anna],
    ['a moderator', mia],
    ['a curator', kai],
  ])('publishes a comment by %s at once', async (_, persona) => {
    const res = await comment(id, persona, { body: `Erinnerung von ${persona.name}` });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      storyId: id,
      status: 'published',
      body: `Erinnerung von ${persona.name}`,
      authorName: persona.name,
      replyCount: 0,
      isOwn: true,
    });
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['2001 characters', 'x'.repeat(2001)],
  ])('refuses a body that is %s with 400 naming body', async (_, body) => {
    const res = await comment(id, ben, { body });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toContain('body');
  });

  it('accepts a body of exactly 2000 characters', async () => {
    expect((await comment(id, ben, { body: 'y'.repeat(2000) })).status).toBe(201);
  });

  it('costs one read of the profile (the name) and one write request', async () => {
    await t.tokenFor(ben);
    t.requests.reset();
    await comment(id, ben, { body: 'Das kenne ich auch.' });
    expect(t.requests.sent()).toEqual(['GetItem', 'TransactWriteItems']);
  });
});

describe('comment counts, order and paging', () => {
  let id: string;
  const written: string[] = [];
  beforeAll(async () => {
    id = (await publishStory(t, newResident('paging'))).id;
    const people = [ben, mia, kai, newResident('c'), newResident('c')];
    for (const [i, as] of people.entries()) {
      const res = await comment(id, as, { body: `Kommentar Nummer ${i + 1}` });
      written.push(res.json.id);
    }
  });

  it('counts them on the story and its feed card', async () => {
    expect((await page(id)).json.commentCount).toBe(5);
    expect(await feedCard(id)).toMatchObject({ commentCount: 5 });
  });

  it('shows them oldest first on the story page', async () => {
    const res = await page(id);
    expect(ids(res.json.comments.items)).toEqual(written);
    expect(res.json.comments.nextCursor).toBeNull();
    expect(res.json.comments.items[0]).toMatchObject({ body: 'Kommentar Nummer 1', isOwn: false });
    expect((await page(id, ben)).json.comments.items[0].isOwn).toBe(true);
  });

  it('pages them with cursors, oldest first without duplicates or gaps', async () => {
    const pages: string[][] = [];
    await readAllPages<Comment>(t, `/api/stories/${id}/comments?limit=2`, {
      onPage: (p) => pages.push(ids(p.items)),
    });
    expect(pages.filter((p) => p.length > 0).map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(written);
  });

  it("refuses another story's comment cursor", async () => {
    const other = (await publishStory(t, newResident('other'))).id;
    const first = await t.call('GET', `/api/stories/${id}/comments?limit=2`);
    const res = await t.call(
      'GET',
      `/api/stories/${other}/comments?cursor=${first.json.nextCursor}`,
    );
    expect(res.status).toBe(400);
    expect(res.json.type).toMatch(/invalid-cursor$/);
  });

  it('answers 404 for the comments of a story the caller may not see', async () => {
    const pending = await submitStory(t, newResident('hidden-comments'));
    expect((await t.call('GET', `/api/stories/${pending.id}/comments`)).status).toBe(404);
    expect((await t.call('GET', `/api/stories/${pending.id}/comments`, { as: mia })).status).toBe(
      200,
    );
  });
});

describe('replies', () => {
  let id: string;
  let parent: Comment;
  let reply: Comment;
  beforeAll(async () => {
    id = (await publishStory(t, newResident('replies'))).id;
    parent = (await comment(id, ben, { body: 'Wer war noch auf Hannover?' })).json;
    reply = (await comment(id, kai, { body: 'Mein Vater, bis 1973.', parentId: parent.id })).json;
  });

  it('answers a reply with 201 and its parent', async () => {
    expect(reply).toMatchObject({ parentId: parent.id, status: 'published', storyId: id });
  });

  it('counts the reply on its parent and lists it under the parent', async () => {
    const top = (await page(id)).json.comments.items as Comment[];
    expect(ids(top)).toEqual([parent.id]);
    expect(top[0]!.replyCount).toBe(1);
    const res = await t.call('GET', `/api/stories/${id}/comments/${parent.id}/replies`);
    expect(res.status).toBe(200);
    expect(res.json.items).toMatchObject([{ id: reply.id, body: 'Mein Vater, bis 1973.' }]);
  });

  it('refuses a reply to a reply with 404', async () => {
    const res = await comment(id, anna, { body: 'Meiner auch!', parentId: reply.id });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch('application/problem+json');
  });

  it('are not public once their parent is hidden, and moderators still see them', async () => {
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

  it('refuses a reply to an unknown comment with 404', async () => {
    const res = await comment(id, anna, { body: 'Hallo?', parentId: '01JZZZZZZZZZZZZZZZZZZZZZZZ' });
    expect(res.status).toBe(404);
    const parentNow = (await page(id)).json.comments.items[0] as Comment;
    expect(parentNow.replyCount).toBe(1);
  });
});

describe('a comment with personal data', () => {
  let id: string;
  const held: Record<string, Comment> = {};
  const writer = newResident('held');
  beforeAll(async () => {
    id = (await publishStory(t, newResident('held-story'))).id;
    for (const [kind, body] of [
      ['email', 'Schreiben Sie mir: anna.kowalski@example.org'],
      ['phone', 'Ruft mich an unter 0234 5678901, ich habe noch Fotos.'],
    ]) {
      const res = await comment(id, writer, { body });
      expect(res.status).toBe(201);
      held[kind!] = res.json;
    }
  });

  it.each(['email', 'phone'])('with an %s is held', async (kind) => {
    expect(held[kind]).toMatchObject({ status: 'held', isOwn: true });
  });

  it('is visible to its author and moderators on the story page, to nobody else', async () => {
    const heldIds = [held.email!.id, held.phone!.id];
    for (const persona of [writer, mia]) {
      expect(ids((await page(id, persona)).json.comments.items)).toEqual(heldIds);
    }
    for (const persona of [undefined, ben, kai]) {
      const res = await page(id, persona);
      expect(res.json.comments.items).toEqual([]);
      expect(res.text).not.toContain('example.org');
    }
    const listed = await t.call('GET', `/api/stories/${id}/comments`, { as: ben });
    expect(listed.json.items).toEqual([]);
  });

  it('is not counted', async () => {
    expect((await page(id)).json.commentCount).toBe(0);
    expect(await feedCard(id)).toMatchObject({ commentCount: 0 });
  });
});

describe("the author's own comment on an anonymous story", () => {
  const author = newResident('anonymous-author');
  let id: string;
  let own: Comment;
  let reply: Comment;
  let held: Comment;
  beforeAll(async () => {
    id = (await publishStory(t, author, { attribution: 'anonymous' })).id;
    const other = await postComment(t, ben, id, 'Wer hat das erzählt?');
    own = (await comment(id, author, { body: 'Das war mein Vater.' })).json;
    reply = (await comment(id, author, { body: 'Ich war dabei.', parentId: other.id })).json;
    held = (await comment(id, author, { body: 'Schreibt mir: vater@example.org' })).json;
  });

  it('carries no name, in the answer to the author either', () => {
    expect([own.authorName, reply.authorName, held.authorName]).toEqual([null, null, null]);
    expect([own.isOwn, reply.isOwn, held.status]).toEqual([true, true, 'held']);
  });

  it('carries no name on the story page, in comment lists and replies, for anyone', async () => {
    for (const persona of [undefined, ben, author, mia]) {
      const story = await page(id, persona);
      const listed = await t.call('GET', `/api/stories/${id}/comments`, { as: persona });
      const parentId = reply.parentId!;
      const replies = await t.call('GET', `/api/stories/${id}/comments/${parentId}/replies`, {
        as: persona,
      });
      for (const text of [story.text, listed.text, replies.text])
        expect(text).not.toContain(author.name);
      const mine = story.json.comments.items.find((c: Comment) => c.id === own.id);
      expect(mine).toMatchObject({ body: 'Das war mein Vater.', authorName: null });
    }
  });

  it('carries no name in the moderation queue either', async () => {
    const res = await t.call('GET', '/api/moderation/queue?kind=comments&limit=50', { as: mia });
    const entry = res.json.items.find((e: { id: string }) => e.id === held.id);
    expect(entry.comment).toMatchObject({ authorName: null });
    expect(res.text).not.toContain(author.name);
  });

  it("keeps the author's name on their comments on stories told by name", async () => {
    const named = await publishStory(t, author);
    const res = await comment(named.id, author, { body: 'Auch meine Geschichte.' });
    expect(res.json.authorName).toBe(author.name);
    expect((await comment(id, ben, { body: 'Danke!' })).json.authorName).toBe(ben.name);
  });

  it('costs others one write request still (after the read of their profile)', async () => {
    await t.tokenFor(ben);
    t.requests.reset();
    await comment(id, ben, { body: 'Noch etwas von mir.' });
    expect(t.requests.sent()).toEqual(['GetItem', 'TransactWriteItems']);
  });
});

describe('comments stored with a name before the author of an anonymous story went nameless', () => {
  it('lose the name in the migration, and only those', async () => {
    const author = newResident('migrated');
    const story = await publishStory(t, author, { attribution: 'anonymous' });
    const comments = createCommentRepository(t.deps.db);
    const at = new Date().toISOString();
    // As the earlier code wrote it: the author's own comment carrying their name.
    const stored = {
      id: newId(new Date()),
      storyId: story.id,
      body: 'Das war damals mein Vater.',
      authorSub: author.sub,
      authorName: author.name,
      status: 'published' as const,
      replyCount: 0,
      createdAt: at,
    };
    await transactWrite(t.deps.db, {
      comment: comments.newCommentItem(stored, { flags: [], flagSpans: [] }),
    });
    const other = await postComment(t, ben, story.id, 'Danke fürs Erzählen.');
    expect((await page(story.id)).text).toContain(author.name);

    expect(await unnameAnonymousAuthorComments(t.deps.db)).toBeGreaterThanOrEqual(1);
    const after = await page(story.id);
    expect(after.text).not.toContain(author.name);
    const names = Object.fromEntries(
      after.json.comments.items.map((c: Comment) => [c.id, c.authorName]),
    );
    expect(names).toEqual({ [stored.id]: null, [other.id]: ben.name });
    expect(await unnameAnonymousAuthorComments(t.deps.db)).toBe(0);
  });
});
