import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountKeys } from '../functions/src/accounts/repository';
import { HOURLY_LIMITS } from '../functions/src/core/rate-limit';
import { storyKeys } from '../functions/src/stories/keys';
import type { Comment } from '../shared/schemas/comment';
import { PersonalDataExportSchema, type PersonalDataExport } from '../shared/schemas/personal-data';
import { ProblemSchema } from '../shared/schemas/problem';
import type { Story } from '../shared/schemas/story';
import { CURRENT_TERMS_VERSION } from '../shared/vocabulary';
import { startFakeLocalAdmin, type FakeLocalAdmin } from './support/fake-local-admin';
import { decide, newResident, publishStory, submitStory } from './support/story-flow';
import { createTestApp, type Persona, type TestApp } from './support/test-app';
import { postComment, report } from './support/workspace';

/*
 * `GET /api/me/export` (DESIGN §7, GDPR Art. 15 and 20): everything the platform holds about the
 * caller, one test per section, for a person who has done a bit of everything, beside another
 * person whose data must never appear in it.
 */

const KEY = 'export-admin-key';
const HOUR_MS = 3_600_000;
let provider: FakeLocalAdmin;
let t: TestApp;

const writer: Persona = newResident('writer');
const other: Persona = newResident('other');
const EXACT_PLACE = {
  name: 'Hordeler Heide 12, Bochum',
  lat: 51.503741,
  lng: 7.176123,
  precision: 'exact' as const,
};
const NEIGHBOURHOOD_PLACE = {
  name: 'Bochum-Hordel',
  lat: 51.50374,
  lng: 7.17612,
  precision: 'neighbourhood' as const,
};

const stories = {} as Record<'published' | 'changes' | 'pending' | 'withdrawn', Story>;
const comments = {} as Record<'top' | 'reply' | 'held', Comment>;
let othersStory: Story;
let othersComment: Comment;
let goneStory: Story;
let exported: PersonalDataExport;
let answer: Awaited<ReturnType<TestApp['call']>>;
let exportRequests: string[];

/** Every item of a story's partition goes, as when its author's account is erased. */
async function erasePartition(storyId: string) {
  const { Items = [] } = await t.deps.db.doc.send(
    new QueryCommand({
      TableName: t.deps.db.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': storyKeys.partition(storyId) },
    }),
  );
  for (const item of Items) {
    await t.deps.db.doc.send(
      new DeleteCommand({ TableName: t.deps.db.tableName, Key: { pk: item.pk, sk: item.sk } }),
    );
  }
}

beforeAll(async () => {
  provider = await startFakeLocalAdmin(KEY);
  t = await createTestApp({ LOCAL_AUTH_ADMIN_URL: provider.url, LOCAL_AUTH_ADMIN_KEY: KEY });
  provider.add({ sub: writer.sub, email: 'writer@example.org', emailVerified: false });
  provider.add({ sub: other.sub, email: 'other@example.org', groups: ['moderators'] });

  // The writer's stories, in four statuses; two of them with a place finer than the public's.
  stories.published = await publishStory(t, writer, {
    title: 'Die Heide hinter dem Haus',
    place: EXACT_PLACE,
  });
  stories.changes = await submitStory(t, writer, {
    title: 'Der Förderturm im Nebel',
    place: NEIGHBOURHOOD_PLACE,
    attribution: 'anonymous',
  });
  await decide(t, stories.changes.id, 'request-changes', 'Bitte die Jahreszahl ergänzen.');
  stories.pending = await submitStory(t, writer, { title: 'Wartet noch auf die Moderation' });
  stories.withdrawn = await publishStory(t, writer, { title: 'Lieber doch nicht' });
  expect(
    (await t.call('DELETE', `/api/stories/${stories.withdrawn.id}`, { as: writer })).status,
  ).toBe(200);

  // The other person's story, where the writer comments, replies, supports and reports.
  othersStory = await publishStory(t, other, { title: 'Kohlenpott am Sonntag' });
  othersComment = await postComment(t, other, othersStory.id, 'Wer war noch dabei?');
  comments.top = await postComment(t, writer, othersStory.id, 'Ich! Mit meinem Vater.');
  comments.reply = await postComment(
    t,
    writer,
    othersStory.id,
    'Und mit Onkel Heinz.',
    othersComment.id,
  );
  comments.held = await postComment(t, writer, othersStory.id, 'Schreibt mir: writer@example.org');
  expect(comments.held.status).toBe('held');
  expect((await t.call('PUT', `/api/stories/${othersStory.id}/vote`, { as: writer })).status).toBe(
    200,
  );
  expect(
    (
      await report(
        t,
        writer,
        { storyId: othersStory.id },
        { reason: 'off-topic', note: 'Passt eher zu Sport.' },
      )
    ).status,
  ).toBe(201);
  expect(
    (
      await report(
        t,
        writer,
        { storyId: othersStory.id, commentId: othersComment.id },
        { reason: 'spam' },
      )
    ).status,
  ).toBe(201);

  // A story the writer commented on and supported, erased since with its author's account.
  goneStory = await publishStory(t, newResident('gone'));
  await postComment(t, writer, goneStory.id, 'Schöne Geschichte.');
  await t.call('PUT', `/api/stories/${goneStory.id}/vote`, { as: writer });
  await erasePartition(goneStory.id);

  // The other person's own traces: a comment and a support on the writer's story (and the ledger
  // entries of their own story's submission).
  await postComment(t, other, stories.published.id, 'Da habe ich auch gewohnt.');
  await t.call('PUT', `/api/stories/${stories.published.id}/vote`, { as: other });

  // The writer's ledger beyond the submissions: exhibition consent withdrawn, then given again.
  for (const exhibition of [false, true]) {
    const res = await t.call('PATCH', `/api/stories/${stories.published.id}/consent`, {
      as: writer,
      body: { exhibition },
    });
    expect(res.status, res.text).toBe(200);
  }

  t.requests.reset();
  answer = await t.call('GET', '/api/me/export', { as: writer });
  exportRequests = t.requests.sent();
  expect(answer.status, answer.text).toBe(200);
  exported = PersonalDataExportSchema.parse(JSON.parse(answer.text));
});
afterAll(() => provider?.close());

describe('GET /api/me/export: the document', () => {
  it('is a JSON download that no cache keeps', () => {
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    const today = new Date(exported.exportedAt).toISOString().slice(0, 10);
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="ruhr-stories-${today}.json"`,
    );
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('validates against its schema, names the person and the time, and is indented to be read', () => {
    const raw = JSON.parse(answer.text);
    expect(PersonalDataExportSchema.safeParse(raw).success).toBe(true);
    expect(Object.keys(raw).sort()).toEqual(
      [
        'formatVersion',
        'exportedAt',
        'sub',
        'account',
        'profile',
        'stories',
        'comments',
        'supports',
        'reports',
        'media',
        'consents',
        'notices',
      ].sort(),
    );
    expect(exported.sub).toBe(writer.sub);
    expect(Math.abs(Date.parse(exported.exportedAt) - Date.now())).toBeLessThan(60_000);
    expect(answer.text).toMatch(/^\{\n {2}"formatVersion": 1,/);
  });

  it('costs one TransactWriteItems, one Query and one BatchGetItem for a person with a few dozen items', () => {
    expect(exportRequests).toEqual(['TransactWriteItems', 'Query', 'BatchGetItem']);
  });
});

describe('GET /api/me/export: the sections', () => {
  it('account: the identity provider’s address, confirmation and roles, asked at request time', async () => {
    expect(exported.account).toMatchObject({
      email: 'writer@example.org',
      emailVerified: false,
      groups: [],
      locale: 'de',
    });
    provider.users.get(writer.sub)!.emailVerified = true;
    const again = PersonalDataExportSchema.parse(
      (await t.call('GET', '/api/me/export', { as: writer })).json,
    );
    expect(again.account?.emailVerified).toBe(true);
  });

  it('account: null for a person the provider does not know', async () => {
    const stranger = newResident('stranger');
    const res = await t.call('GET', '/api/me/export', { as: stranger });
    expect(res.status).toBe(200);
    expect(PersonalDataExportSchema.parse(res.json).account).toBeNull();
  });

  it('profile: the display name, language and notification choice', () => {
    expect(exported.profile).toMatchObject({
      displayName: writer.name,
      locale: 'de',
      notifications: { decisions: 'none', answers: 'none' },
    });
  });

  it('stories: every own story in every status, newest first, with the exact place and the consent', () => {
    expect(exported.stories.map((s) => s.id)).toEqual([
      stories.withdrawn.id,
      stories.pending.id,
      stories.changes.id,
      stories.published.id,
    ]);
    const byId = new Map(exported.stories.map((s) => [s.id, s]));
    expect(byId.get(stories.withdrawn.id)?.status).toBe('withdrawn');
    expect(byId.get(stories.pending.id)?.status).toBe('pending');
    expect(byId.get(stories.published.id)).toMatchObject({
      status: 'published',
      place: EXACT_PLACE,
      consent: { online: true, license: 'CC-BY-4.0', termsVersion: CURRENT_TERMS_VERSION },
      lastDecision: { decision: 'approve' },
    });
    // The public would see this place coarsened to the neighbourhood; the author gets it as given.
    const changes = byId.get(stories.changes.id)!;
    expect(changes.place).toEqual(NEIGHBOURHOOD_PLACE);
    expect(changes).toMatchObject({
      status: 'changes-requested',
      attribution: 'anonymous',
      authorName: writer.name,
      lastDecision: { decision: 'request-changes', reason: 'Bitte die Jahreszahl ergänzen.' },
    });
  });

  it('stories: nothing only moderators may see (flags, report notes, queue keys)', () => {
    for (const story of JSON.parse(answer.text).stories as Record<string, unknown>[]) {
      for (const field of [
        'flags',
        'flagSpans',
        'reportNotes',
        'reviewedText',
        'authorSub',
        'pk',
        'queuePk',
        'version',
      ])
        expect(story, field).not.toHaveProperty(field);
    }
  });

  it('comments: own comments and replies in every status, with the story, newest first', () => {
    expect(exported.comments.map((c) => c.id)).toEqual([
      comments.held.id,
      comments.reply.id,
      comments.top.id,
    ]);
    expect(exported.comments[0]).toMatchObject({
      storyId: othersStory.id,
      status: 'held',
      body: 'Schreibt mir: writer@example.org',
    });
    expect(exported.comments[1]).toMatchObject({
      storyId: othersStory.id,
      parentId: othersComment.id,
      status: 'published',
      authorName: writer.name,
    });
  });

  it('supports: the stories the person supports now, not one that is gone', () => {
    expect(exported.supports).toEqual([{ storyId: othersStory.id }]);
  });

  it('reports: what the person reported, why, their note and when', () => {
    expect(exported.reports).toHaveLength(2);
    expect(exported.reports).toContainEqual({
      storyId: othersStory.id,
      reason: 'off-topic',
      note: 'Passt eher zu Sport.',
      at: expect.any(String),
    });
    expect(exported.reports).toContainEqual({
      storyId: othersStory.id,
      commentId: othersComment.id,
      reason: 'spam',
      at: expect.any(String),
    });
  });

  it('consents: the ledger, newest first, given, withdrawn and given again', () => {
    const own = new Set(Object.values(stories).map((story) => story.id));
    expect(exported.consents.every((entry) => own.has(entry.storyId))).toBe(true);
    // Four submissions of three uses each, one story's withdrawal, and the two changes.
    expect(exported.consents).toHaveLength(4 * 3 + 1 + 2);
    const times = exported.consents.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(exported.consents.slice(0, 2).map((c) => [c.use, c.granted, c.source])).toEqual([
      ['exhibition', true, 'change'],
      ['exhibition', false, 'change'],
    ]);
    expect(exported.consents[0]).toEqual({
      storyId: stories.published.id,
      storyTitle: stories.published.title,
      use: 'exhibition',
      granted: true,
      licence: 'CC-BY-4.0',
      termsVersion: CURRENT_TERMS_VERSION,
      at: expect.any(String),
      source: 'change',
    });
    expect(exported.consents).toContainEqual(
      expect.objectContaining({ storyId: stories.withdrawn.id, use: 'online', granted: false }),
    );
  });

  it('notices: the decisions on own stories not yet seen, as GET /api/me counts them', async () => {
    // Approved twice (one withdrawn since) and changes requested once.
    expect(exported.notices).toEqual({
      unseenDecisions: 3,
      unreadNotifications: 0,
      notifications: [],
    });
    const me = await t.call('GET', '/api/me', { as: writer });
    expect(me.json.unseenDecisions).toBe(3);
  });

  it('leaves out what is gone: the comment on a story erased since is not listed, and the export still answers', () => {
    expect(JSON.stringify(exported)).not.toContain(goneStory.id);
  });

  it('holds nothing of another person: their stories, comments, supports, ledger, name or address', () => {
    const text = answer.text;
    for (const trace of [
      other.sub,
      other.name,
      'other@example.org',
      othersStory.title,
      othersComment.body,
    ])
      expect(text, trace).not.toContain(trace);
    expect(exported.stories.every((s) => s.id !== othersStory.id)).toBe(true);
    expect(exported.consents.every((c) => c.storyId !== othersStory.id)).toBe(true);
  });
});

describe('GET /api/me/export: who may, and how often', () => {
  it('refuses an anonymous caller with a 401 problem', async () => {
    const res = await t.call('GET', '/api/me/export');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it(`answers the export after ${HOURLY_LIMITS.export} in an hour with a 429 problem and Retry-After`, async () => {
    const person = newResident('exporter');
    const realNow = t.deps.now;
    // Held 30 s before the end of an hour: every export counts in one window, Retry-After is 30.
    const frozen = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS - 30_000);
    t.deps.now = () => frozen;
    try {
      for (let n = 0; n < HOURLY_LIMITS.export; n++)
        expect((await t.call('GET', '/api/me/export', { as: person })).status).toBe(200);
      const refused = await t.call('GET', '/api/me/export', { as: person });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.headers.get('retry-after')).toBe('30');
      expect(refused.headers.get('content-disposition')).toBeNull();
      expect(ProblemSchema.parse(refused.json)).toMatchObject({ type: '/problems/rate-limited' });
      // The limit is the person's own: someone else still gets theirs.
      expect((await t.call('GET', '/api/me/export', { as: newResident('next') })).status).toBe(200);
    } finally {
      t.deps.now = realNow;
    }
  });
});
