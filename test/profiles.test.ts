import { randomUUID } from 'node:crypto';
import { DeleteCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayNameSchema, STAFF_WORDS } from '../shared/schemas/account';
import { DEMO_PERSONAS } from '../shared/demo-personas';
import type { Role } from '../shared/vocabulary';
import { accountKeys } from '../functions/src/accounts/repository';
import { storyKeys } from '../functions/src/stories/keys';
import { unifyDisplayNames } from '../scripts/migrations/display-names';
import { seedDemoContent } from '../scripts/seed/seed-demo-content';
import { addItem, publishedExhibition } from './support/curation-flow';
import { makeStoryInput } from './support/fixtures';
import { decide, newModerator, newResident, publishStory, submitStory } from './support/story-flow';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';

/*
 * The profile (DESIGN §7) and one name everywhere (§6): a person appears under their display name
 * on every page, feed card, pick, exhibition, export and log, and a new name reaches all of them.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

/** A person with a token but no profile yet (as after a real sign-in at the provider). */
async function newcomer(groups: Role[] = []) {
  const sub = `u-new-${randomUUID().slice(0, 8)}`;
  const token = await t.deps.devIssuer!.sign({ sub, name: 'Token Name', groups });
  const call = async (
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      ...options.headers,
    };
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    if (body) headers['content-type'] = 'application/json';
    const res = await t.app.request(path, { method, headers, body });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined, text };
  };
  return { sub, call };
}

const patchMe = (as: Persona, body: unknown) => t.call('PATCH', '/api/me', { as, body });
const nameErrors = (res: Awaited<ReturnType<typeof patchMe>>) =>
  (res.json.errors as { path: string; message: string }[]).filter((e) => e.path === 'displayName');

describe('GET /api/me', () => {
  it('refuses an anonymous caller with 401', async () => {
    expect((await t.call('GET', '/api/me')).status).toBe(401);
    expect((await t.call('PATCH', '/api/me', { body: { locale: 'en' } })).status).toBe(401);
  });

  it('starts a newcomer with no display name, German, no e-mails', async () => {
    const person = await newcomer(['curators']);
    const res = await person.call('GET', '/api/me');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      sub: person.sub,
      displayName: null,
      groups: ['curators'],
      locale: 'de',
      notifications: { decisions: 'none', answers: 'none' },
      unseenDecisions: 0,
      unreadNotifications: 0,
    });
  });

  it('takes the language of the first request from Accept-Language, and keeps it', async () => {
    const person = await newcomer();
    const headers = { 'accept-language': 'fr-CH, en-GB;q=0.8, de;q=0.7' };
    expect((await person.call('GET', '/api/me', { headers })).json.locale).toBe('en');
    const later = { 'accept-language': 'de-DE' };
    expect((await person.call('GET', '/api/me', { headers: later })).json.locale).toBe('en');
  });

  it('reads profile and notices in one BatchGetItem', async () => {
    const person = await newcomer();
    await person.call('GET', '/api/me');
    t.requests.reset();
    await person.call('GET', '/api/me');
    expect(t.requests.sent()).toEqual(['BatchGetItem']);
  });

  it('shows the name /api/dev/token made the profile with, and only on first use', async () => {
    const sub = `u-dev-${randomUUID().slice(0, 8)}`;
    const first = await t.call('POST', '/api/dev/token', {
      body: { sub, name: 'Helga  Pütz', groups: [] },
    });
    const second = await t.call('POST', '/api/dev/token', {
      body: { sub, name: 'Someone Else', groups: [] },
    });
    const me = await t.app.request('/api/me', {
      headers: { authorization: `Bearer ${second.json.token}` },
    });
    expect(first.status).toBe(200);
    expect(((await me.json()) as { displayName: string }).displayName).toBe('Helga Pütz');
  });
});

describe('PATCH /api/me', () => {
  it('changes each field on its own', async () => {
    const me = newResident('patch');
    const named = await patchMe(me, { displayName: 'Glück Auf' });
    expect(named.status).toBe(200);
    expect(named.json).toMatchObject({ displayName: 'Glück Auf', locale: 'de' });
    const english = await patchMe(me, { locale: 'en' });
    expect(english.json).toMatchObject({ displayName: 'Glück Auf', locale: 'en' });
    const mail = await patchMe(me, { notifications: { decisions: 'email' } });
    expect(mail.json).toMatchObject({
      displayName: 'Glück Auf',
      locale: 'en',
      notifications: { decisions: 'email' },
    });
    expect((await t.call('GET', '/api/me', { as: me })).json).toMatchObject(mail.json);
  });

  it('refuses unknown values and fields with field errors', async () => {
    const me = newResident('patch');
    const res = await patchMe(me, { locale: 'fr', notifications: { decisions: 'sms' }, x: 1 });
    expect(res.status).toBe(400);
    expect(res.json.type).toBe('/problems/validation-error');
    const paths = res.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['locale', 'notifications.decisions']));
  });

  it('normalises a name: NFC, trimmed, inner spaces collapsed', async () => {
    const me = newResident('nfc');
    // "Jürgen" with u + combining diaeresis, and a no-break space inside.
    const res = await patchMe(me, { displayName: '  Ju\u0308rgen \u00A0  Kowalski\u2003 ' });
    expect(res.status).toBe(200);
    expect(res.json.displayName).toBe('J\u00FCrgen Kowalski');
    expect(res.json.displayName).toBe('Jürgen Kowalski'.normalize('NFC'));
  });

  it('counts visible characters (grapheme clusters), 2..40', async () => {
    const me = newResident('length');
    const family = '👨‍👩‍👧'; // one visible character, eight UTF-16 units
    const marked = 'a\u0308\u0301'; // one letter with two combining marks (no precomposed form)
    expect((await patchMe(me, { displayName: 'A' })).status).toBe(400);
    expect((await patchMe(me, { displayName: '  A  ' })).status).toBe(400);
    expect((await patchMe(me, { displayName: family })).status).toBe(400);
    expect((await patchMe(me, { displayName: `A${family}` })).status).toBe(200);
    expect((await patchMe(me, { displayName: family.repeat(40) })).status).toBe(200);
    expect((await patchMe(me, { displayName: marked.repeat(40) })).status).toBe(200);
    const tooLong = await patchMe(me, { displayName: marked.repeat(41) });
    expect(tooLong.status).toBe(400);
    expect(nameErrors(tooLong)[0]!.message).toMatch(/at most 40/);
    expect(nameErrors(await patchMe(me, { displayName: 'Ä' }))[0]!.message).toMatch(/at least 2/);
    expect((await patchMe(me, { displayName: 'x'.repeat(41) })).status).toBe(400);
  });

  it('refuses control and direction characters', async () => {
    const me = newResident('bidi');
    const tricks = [
      'Anna\u202EnnaB',
      'Anna\u202A Brink',
      'Anna\u2066Brink\u2069',
      'Anna\u200EBrink',
      'Anna\u200F Brink',
      'Anna\u0000Brink',
      'Anna\tBrink',
      'Anna\nBrink',
      'Anna\u0085Brink',
      '\u200B\u200B\u200B',
    ];
    for (const displayName of tricks) {
      const res = await patchMe(me, { displayName });
      expect(res.status, JSON.stringify(displayName)).toBe(400);
      expect(nameErrors(res), JSON.stringify(displayName)).toHaveLength(1);
    }
    expect((await t.call('GET', '/api/me', { as: me })).json.displayName).toBe(me.name);
  });

  it('keeps staff words for staff: refused for a resident, allowed for a moderator', async () => {
    const resident = newResident('staffword');
    for (const displayName of [
      'Moderation',
      'moderator',
      'MODERATORIN',
      'Anna vom Museum',
      'Bergbau-Museum Fan',
      'dbm',
      'Admin',
      'Der Administrator',
      'Kurator Kurt',
      'Kuratorin',
      'Redaktion Ruhr',
      'Team Zeche',
      'ruhr stories',
      'Support',
      'System',
      // Spelled to look like one: invisible characters inside, full-width, Cyrillic letters.
      'Mu\u200Bseum',
      'Mu\u00ADseum',
      'Ｍｕｓｅｕｍ',
      '\u041C\u043Ederation',
    ]) {
      const res = await patchMe(resident, { displayName });
      expect(res.status, displayName).toBe(400);
      expect(nameErrors(res)[0]!.message, displayName).toMatch(/staff/);
    }
    // Only as a whole word: these are a resident's own names.
    for (const displayName of ['Museumsfreundin', 'Teamplayer', 'Adminka']) {
      expect((await patchMe(resident, { displayName })).status, displayName).toBe(200);
    }
    const moderator = newModerator('staffword');
    const res = await patchMe(moderator, { displayName: 'Moderation DBM' });
    expect(res.status).toBe(200);
    expect(res.json.displayName).toBe('Moderation DBM');
  });

  it('checks with the same schema the web app can use', () => {
    const resident = displayNameSchema({ staff: false });
    const staff = displayNameSchema({ staff: true });
    for (const word of STAFF_WORDS) {
      expect(resident.safeParse(`Die ${word}`).success, word).toBe(false);
      expect(staff.safeParse(`Die ${word}`).success, word).toBe(true);
    }
    expect(resident.parse(' Ümit  Öz ')).toBe('Ümit Öz');
  });
});

describe('writing before choosing a name', () => {
  it('is a 409 display-name-required for a story and a comment', async () => {
    const person = await newcomer();
    const story = await person.call('POST', '/api/stories', { body: makeStoryInput() });
    expect(story.status).toBe(409);
    expect(story.json).toMatchObject({ type: '/problems/display-name-required', status: 409 });
    const published = await publishStory(t, newResident('host'));
    const comment = await person.call('POST', `/api/stories/${published.id}/comments`, {
      body: { body: 'Schön erzählt.' },
    });
    expect(comment.status).toBe(409);
    expect(comment.json.type).toBe('/problems/display-name-required');
    // Once chosen, both go through under that name.
    await person.call('PATCH', '/api/me', { body: { displayName: 'Neu Hier' } });
    const again = await person.call('POST', '/api/stories', { body: makeStoryInput() });
    expect(again.status).toBe(201);
    expect(again.json.authorName).toBe('Neu Hier');
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).json;
    for (const [path, method] of [
      ['/api/stories', 'post'],
      ['/api/stories/{id}/comments', 'post'],
    ] as const) {
      const op = doc.paths[path][method];
      expect(op.responses['409'], path).toBeDefined();
      expect(op.description, path).toMatch(/display-name-required/);
    }
    expect(doc.paths['/api/me'].patch.operationId).toBe('updateMe');
  });
});

describe('a new display name', () => {
  const author = newResident('rename');
  const moderator = newModerator('rename');
  let named: string;
  let anonymous: string;
  let exhibitionId: string;
  let commentId: string;
  let ownAnonymousComment: string;
  let waiting: string;

  beforeAll(async () => {
    named = (await publishStory(t, author, { title: 'Die Kaue am Morgen' })).id;
    anonymous = (await publishStory(t, author, { attribution: 'anonymous' })).id;
    const comment = await t.call('POST', `/api/stories/${named}/comments`, {
      as: author,
      body: { body: 'Nachtrag: es war im Winter.' },
    });
    commentId = comment.json.id;
    ownAnonymousComment = (
      await t.call('POST', `/api/stories/${anonymous}/comments`, {
        as: author,
        body: { body: 'Das war mein Vater.' },
      })
    ).json.id;
    await t.call('PUT', `/api/curation/picks/${named}`, { as: PERSONAS.kai, body: {} });
    exhibitionId = (await publishedExhibition(t)).id;
    await addItem(t, exhibitionId, named);
    // A decision by a moderator who renames too, for the log.
    const pending = await submitStory(t, newResident('logged'));
    await decide(t, pending.id, 'approve', undefined, moderator);
    waiting = (await submitStory(t, author)).id;
    const renamed = await patchMe(author, { displayName: 'Erna Neuname' });
    expect(renamed.status).toBe(200);
    expect((await patchMe(moderator, { displayName: 'Mod Neuname' })).status).toBe(200);
  });

  it('shows on the story page and its comments', async () => {
    const page = await t.call('GET', `/api/stories/${named}`);
    expect(page.json.authorName).toBe('Erna Neuname');
    const comment = page.json.comments.items.find((c: { id: string }) => c.id === commentId);
    expect(comment.authorName).toBe('Erna Neuname');
    expect(page.text).not.toContain(author.name);
  });

  it('shows in the feed and the picks', async () => {
    const feed = await t.call('GET', '/api/stories?sort=new&limit=50');
    const card = feed.json.items.find((s: { id: string }) => s.id === named);
    expect(card.authorName).toBe('Erna Neuname');
    const themed = await t.call('GET', '/api/stories?sort=top&theme=colliery&limit=50');
    expect(themed.json.items.find((s: { id: string }) => s.id === named).authorName).toBe(
      'Erna Neuname',
    );
    const picks = await t.call('GET', '/api/picks');
    expect(picks.json.items.find((s: { id: string }) => s.id === named).authorName).toBe(
      'Erna Neuname',
    );
  });

  it('shows in the exhibition and its export', async () => {
    const exhibition = await t.call('GET', `/api/exhibitions/${exhibitionId}`);
    const item = exhibition.json.items.find((i: { storyId: string }) => i.storyId === named);
    expect(item.authorName).toBe('Erna Neuname');
    const csv = await t.call('GET', `/api/exhibitions/${exhibitionId}/export?format=csv`, {
      as: PERSONAS.kai,
    });
    expect(csv.text).toContain('Erna Neuname');
    expect(csv.text).not.toContain(author.name);
  });

  it('shows in the moderation queue, the moderation log and the own stories', async () => {
    const queue = await t.call('GET', '/api/moderation/queue?kind=stories&limit=50', {
      as: PERSONAS.mia,
    });
    const entry = queue.json.items.find((i: { story: { id: string } }) => i.story.id === waiting);
    expect(entry.story.authorName).toBe('Erna Neuname');
    const log = await t.call('GET', '/api/moderation/log', { as: PERSONAS.mia });
    const names = log.json.items
      .filter((e: { actorSub: string }) => e.actorSub === moderator.sub)
      .map((e: { actorName: string }) => e.actorName);
    expect(names).toEqual(['Mod Neuname']);
    const mine = await t.call('GET', '/api/me/stories', { as: author });
    expect(mine.json.items.find((s: { id: string }) => s.id === named).authorName).toBe(
      'Erna Neuname',
    );
  });

  it('never names the author of an anonymous story, nor their comment on it', async () => {
    const page = await t.call('GET', `/api/stories/${anonymous}`, { as: PERSONAS.mia });
    expect(page.json).toMatchObject({ attribution: 'anonymous', authorName: null });
    const own = page.json.comments.items.find((c: { id: string }) => c.id === ownAnonymousComment);
    expect(own.authorName).toBeNull();
    expect(page.text).not.toContain('Erna Neuname');
    const feed = await t.call('GET', '/api/stories?sort=new&limit=50');
    expect(feed.json.items.find((s: { id: string }) => s.id === anonymous).authorName).toBeNull();
  });

  it('is written under the new name from now on', async () => {
    const res = await t.call('POST', `/api/stories/${named}/comments`, {
      as: author,
      body: { body: 'Und noch etwas.' },
    });
    expect(res.json.authorName).toBe('Erna Neuname');
  });
});

describe('the demo seed', () => {
  it('gives every persona one name: profile, stories, comments and feed alike', async () => {
    const seeded = await createTestApp();
    await seedDemoContent(seeded.deps);
    const heinz = DEMO_PERSONAS.find((p) => p.id === 'heinz')!;
    // A token with another name (as the sign-in page might send) changes nothing.
    const as = { sub: heinz.sub, name: 'Heinz', groups: [] };
    expect((await seeded.call('GET', '/api/me', { as })).json.displayName).toBe(heinz.name);
    const feed = await seeded.call('GET', '/api/stories?sort=new&limit=50');
    const names = new Set<string>();
    for (const card of feed.json.items as { id: string; authorName: string | null }[]) {
      if (card.authorName) names.add(card.authorName);
      const page = await seeded.call('GET', `/api/stories/${card.id}`);
      for (const c of page.json.comments.items as { authorName: string | null }[])
        if (c.authorName) names.add(c.authorName);
    }
    const personaNames = new Set(DEMO_PERSONAS.map((p) => p.name));
    expect([...names].filter((n) => !personaNames.has(n))).toEqual([]);
    expect(names).toContain(heinz.name);
    const mine = await seeded.call('GET', '/api/me/stories', { as });
    const own = mine.json.items.filter((s: { authorName: string | null }) => s.authorName);
    expect(own.length).toBeGreaterThan(0);
    for (const s of own) expect(s.authorName).toBe(heinz.name);
  }, 90_000);
});

describe('the migration of names from before profiles', () => {
  it('gives an author the name of their newest item, on every story and feed card', async () => {
    const author = newResident('legacy');
    const { doc, tableName: TableName } = t.deps.db;
    // As the earlier code left it: each story under the token name of its day (set before
    // publication, so the feed cards copy it), no profile, no pointers.
    const legacyStory = async (name: string) => {
      const { id } = await submitStory(t, author);
      await doc.send(
        new UpdateCommand({
          TableName,
          Key: storyKeys.story(id),
          UpdateExpression: 'SET authorName = :name',
          ExpressionAttributeValues: { ':name': name },
        }),
      );
      await decide(t, id, 'approve');
      return id;
    };
    const older = await legacyStory('Anna');
    const newer = await legacyStory('Anna Alt');
    const own = await doc.send(
      new QueryCommand({
        TableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': accountKeys.partition(author.sub) },
      }),
    );
    for (const item of own.Items ?? [])
      await doc.send(new DeleteCommand({ TableName, Key: { pk: item.pk, sk: item.sk } }));

    await unifyDisplayNames(t.deps.db);
    await unifyDisplayNames(t.deps.db); // idempotent

    const profile = await t.call('GET', '/api/me', { as: author });
    expect(profile.json.displayName).toBe('Anna Alt');
    for (const id of [older, newer])
      expect((await t.call('GET', `/api/stories/${id}`)).json.authorName, id).toBe('Anna Alt');
    const feed = await t.call('GET', '/api/stories?sort=new&limit=50');
    const cards = feed.json.items.filter((s: { id: string }) => [older, newer].includes(s.id));
    expect(cards.map((c: { authorName: string }) => c.authorName)).toEqual([
      'Anna Alt',
      'Anna Alt',
    ]);
  });
});
