import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../shared/schemas/comment';
import { storyKeys } from '../functions/src/stories/keys';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import { newModerator, newResident, publishStory } from './support/story-flow';

const { kai } = PERSONAS;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

/** A researcher: no demo persona has the role, so a dev token with the group stands in. */
const researcher = (): Persona => ({ ...newResident('researcher'), groups: ['researchers'] });

const comment = async (storyId: string, as: Persona, body: string, parentId?: string) => {
  const res = await t.call('POST', `/api/stories/${storyId}/comments`, {
    as,
    body: parentId ? { body, parentId } : { body },
  });
  expect(res.status, res.text).toBe(201);
  return res.json as Comment;
};
const publicComments = async (storyId: string, as?: Persona) =>
  (await t.call('GET', `/api/stories/${storyId}`, { as })).json.comments.items as Comment[];

describe('comment badges (DESIGN §10 "The museum answers")', () => {
  let author: Persona;
  let storyId: string;
  beforeAll(async () => {
    author = newResident('badge-author');
    storyId = (await publishStory(t, author)).id;
  });

  it.each([
    ['a curator', () => kai, 'museum'],
    ['a researcher', researcher, 'museum'],
    ['a moderator', () => newModerator(), undefined],
    ['an admin', () => ({ ...newResident('admin'), groups: ['admins'] }) as Persona, undefined],
    ['another resident', () => newResident('other'), undefined],
  ])('gives a comment by %s the badge %s', async (_, who, badge) => {
    const persona = who();
    const written = await comment(storyId, persona, `Eine Antwort von ${persona.name}.`);
    expect(written.badge).toBe(badge);
    expect(written.authorName).toBe(persona.name);
    const shown = (await publicComments(storyId)).find((c) => c.id === written.id)!;
    expect(shown.badge).toBe(badge);
    expect(shown.authorName).toBe(persona.name);
    if (!badge) expect(shown).not.toHaveProperty('badge');
  });

  it('gives the story’s author the author badge, with their name on a named story', async () => {
    const written = await comment(storyId, author, 'Danke für die Antworten!');
    expect(written).toMatchObject({ badge: 'author', authorName: author.name, isOwn: true });
    const shown = (await publicComments(storyId)).find((c) => c.id === written.id)!;
    expect(shown).toMatchObject({ badge: 'author', authorName: author.name, isOwn: false });
  });

  it('gives a curator who wrote the story the author badge, not the museum’s', async () => {
    const own = (await publishStory(t, kai)).id;
    expect((await comment(own, kai, 'Meine eigene Geschichte.')).badge).toBe('author');
  });

  it('badges replies too', async () => {
    const parent = await comment(storyId, newResident('asker'), 'Wo genau war das?');
    const reply = await comment(storyId, kai, 'Auf der Zeche Hannover, Schacht 2.', parent.id);
    const replies = await t.call('GET', `/api/stories/${storyId}/comments/${parent.id}/replies`);
    expect(replies.json.items.find((c: Comment) => c.id === reply.id).badge).toBe('museum');
  });

  it('keeps the badge a comment was written with when the writer’s role changes', async () => {
    const former = researcher();
    const written = await comment(storyId, former, 'Aus dem Archiv des Museums.');
    // The same person without the role (their next token): the old comment keeps its badge.
    const token = await t.deps.devIssuer!.sign({ ...former, groups: [] });
    const res = await t.call('POST', `/api/stories/${storyId}/comments`, {
      headers: { authorization: `Bearer ${token}` },
      body: { body: 'Jetzt privat geschrieben.' },
    });
    const later = res.json as Comment;
    expect(later.badge).toBeUndefined();
    const shown = await publicComments(storyId);
    expect(shown.find((c) => c.id === written.id)!.badge).toBe('museum');
    expect(shown.find((c) => c.id === later.id)!.badge).toBeUndefined();
  });

  it('reads a comment stored before badges existed without a badge', async () => {
    // Written as the stories context stored comments before this change: no `badge` attribute.
    const id = '01JOLDCOMMENT0000000000000';
    await t.deps.db.doc.send(
      new PutCommand({
        TableName: t.config.tableName,
        Item: {
          ...storyKeys.comment(storyId, id),
          entity: 'comment',
          id,
          storyId,
          body: 'Ein alter Kommentar.',
          authorSub: 'u-old',
          authorName: 'Alte Hand',
          status: 'published',
          replyCount: 0,
          createdAt: '2026-01-01T10:00:00.000Z',
        },
      }),
    );
    const res = await t.call('GET', `/api/stories/${storyId}/comments?limit=50`);
    expect(res.status).toBe(200);
    const old = res.json.items.find((c: Comment) => c.id === id);
    expect(old).toMatchObject({ authorName: 'Alte Hand', body: 'Ein alter Kommentar.' });
    expect(old).not.toHaveProperty('badge');
  });
});

describe('the author of an anonymous story', () => {
  it('comments with the author badge and nothing that names them', async () => {
    const author = newResident('anon-author');
    const storyId = (await publishStory(t, author, { attribution: 'anonymous' })).id;
    const written = await comment(storyId, author, 'Ich bin es, die Erzählerin.');
    expect(written).toMatchObject({ badge: 'author', authorName: null, isOwn: true });
    for (const viewer of [undefined, newResident('reader'), kai, PERSONAS.mia]) {
      const res = await t.call('GET', `/api/stories/${storyId}`, { as: viewer });
      const shown = (res.json.comments.items as Comment[]).find((c) => c.id === written.id)!;
      expect(shown).toMatchObject({ badge: 'author', authorName: null, isOwn: false });
      // Nothing else in the payload names them: no sub, no display name anywhere.
      expect(res.text).not.toContain(author.sub);
      expect(res.text).not.toContain(author.name);
    }
  });
});
