import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../shared/schemas/comment';
import type { NotificationPage } from '../shared/schemas/notification';
import { createAccountRepository } from '../functions/src/accounts/repository';
import { toChangeRecords } from '../functions/src/events/change-record';
import { createEventDeps, eventHandler, type EventDeps } from '../functions/src/events/handlers';
import { freePort } from '../scripts/local-stack/free-port';
import { startLocalIdentity, type LocalIdentity } from '../scripts/local-stack/local-identity';
import { newModerator, newResident, publishStory } from './support/story-flow';
import { streamTap } from './support/stream';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';

type Mail = { destination: { to: string[] }; subject: string; body: { text?: string } };

const SITE = 'https://ruhr-stories.example';
const { kai, mia, ben } = PERSONAS;
/** A researcher: no demo persona has the role, so a dev token with the group stands in. */
const researcher = (): Persona => ({ ...newResident('researcher'), groups: ['researchers'] });

/*
 * The museum's answers reach the story's author (DESIGN §10): comments written through the API
 * on DynamoDB Local, their records read back from the table's stream and given to the notifier
 * (as the poller and the Lambda do); addresses from the local identity provider, e-mails to the
 * local SES, whose store is read back.
 */
describe('museum answers: the author hears of them', () => {
  let identity: LocalIdentity;
  let dataDir: string;
  let t: TestApp;
  let deps: EventDeps;
  let notifier: ReturnType<typeof eventHandler>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ruhr-stories-answers-'));
    identity = await startLocalIdentity({
      authPort: await freePort(),
      mailPort: await freePort(),
      dataDir,
      webOrigins: ['http://127.0.0.1:5173'],
    });
    t = await createTestApp({ ...identity.env, SITE_URL: SITE }, { stream: true });
    deps = createEventDeps(t.config, 'answers-test');
    notifier = eventHandler('notifier', deps);
  });
  afterAll(async () => {
    await identity?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const addressOf = (person: Persona) => `${person.sub}@example.org`;

  /** An author with an account at the provider, a language and (maybe) e-mails on answers. */
  async function author(label: string, answers?: 'email' | 'none', locale: 'de' | 'en' = 'de') {
    const resident = newResident(label);
    await deps.directory!.ensureUser({ email: addressOf(resident), sub: resident.sub });
    const res = await t.call('PATCH', '/api/me', {
      as: resident,
      body: { locale, ...(answers ? { notifications: { answers } } : {}) },
    });
    expect(res.status).toBe(200);
    return resident;
  }

  async function mailsTo(resident: Persona): Promise<Mail[]> {
    const { emails } = (await (await fetch(identity.ses.storeUrl)).json()) as { emails: Mail[] };
    return emails.filter((mail) =>
      mail.destination.to.some((to) => to.includes(addressOf(resident))),
    );
  }

  const comment = async (storyId: string, as: Persona, body: string) => {
    const res = await t.call('POST', `/api/stories/${storyId}/comments`, { as, body: { body } });
    expect(res.status, res.text).toBe(201);
    return res.json as Comment;
  };

  /** Makes the writes and gives their records, as filtered for the notifier, to it. */
  async function delivered(writes: () => Promise<unknown>, atLeast = 1) {
    const tap = await streamTap(t.config);
    try {
      await writes();
      const records = await tap.records({ for: 'notifier', atLeast });
      await notifier(toChangeRecords(records));
      return records;
    } finally {
      tap.close();
    }
  }

  const notificationsOf = async (as: Persona) => {
    const res = await t.call('GET', '/api/me/notifications', { as });
    expect(res.status).toBe(200);
    return res.json as NotificationPage;
  };

  it('tells the author in the app, newest first, and counts it until they read it', async () => {
    const anke = await author('anke');
    const story = await publishStory(t, anke, { title: 'Der Förderturm von Hannover' });
    let first!: Comment;
    let second!: Comment;
    await delivered(async () => {
      first = await comment(story.id, kai, 'Danke! Wir haben Fotos von Schacht 2 im Archiv.');
      second = await comment(story.id, researcher(), 'Darf ich Sie für ein Interview anfragen?');
    }, 2);

    const page = await notificationsOf(anke);
    expect(page.unread).toBe(2);
    expect(page.items.map((n) => n.commentId)).toEqual([second.id, first.id]);
    expect(page.items[0]).toMatchObject({
      kind: 'museum-answer',
      storyId: story.id,
      storyTitle: 'Der Förderturm von Hannover',
      read: false,
    });
    // Nothing in a notification names who answered.
    expect(JSON.stringify(page)).not.toContain(kai.sub);
    expect(JSON.stringify(page)).not.toContain(kai.name);
    expect((await t.call('GET', '/api/me', { as: anke })).json.unreadNotifications).toBe(2);

    const read = await t.call('POST', '/api/me/notifications/read', { as: anke });
    expect(read).toMatchObject({ status: 200, json: { unreadNotifications: 0 } });
    const after = await notificationsOf(anke);
    expect(after.unread).toBe(0);
    expect(after.items.every((n) => n.read)).toBe(true);
    expect((await t.call('GET', '/api/me', { as: anke })).json.unreadNotifications).toBe(0);

    // The data export holds them too, with the choice of e-mails.
    const exported = (await t.call('GET', '/api/me/export', { as: anke })).json;
    expect(exported.profile.notifications).toEqual({ decisions: 'none', answers: 'none' });
    expect(exported.notices).toMatchObject({ unreadNotifications: 0 });
    expect(exported.notices.notifications).toEqual(after.items);
  });

  it('puts no notice under a person without a profile (an erasure deleted it meanwhile)', async () => {
    const gone = newResident('gone');
    const at = new Date().toISOString();
    const notice = { storyId: 'a-story', storyTitle: 'Weg', commentId: 'a-comment', at };
    const accounts = createAccountRepository(deps.db);
    expect(await accounts.addMuseumAnswer(gone.sub, notice, at)).toBe(false);
    const page = await notificationsOf(gone);
    expect(page).toMatchObject({ items: [], unread: 0 });
  });

  it('tells nobody of comments by moderators, residents or the author', async () => {
    const otto = await author('otto');
    const story = await publishStory(t, otto);
    await delivered(async () => {
      await comment(story.id, newModerator(), 'Moderation: bitte beim Thema bleiben.');
      await comment(story.id, ben, 'Schön erzählt!');
      await comment(story.id, otto, 'Danke euch allen.');
      // One museum answer, so the stream has something for the notifier.
      await comment(story.id, kai, 'Eine Antwort des Museums.');
    });
    const page = await notificationsOf(otto);
    expect(page.items).toHaveLength(1);
  });

  it('lets only the person read their notifications: 401 without a token, nothing of others', async () => {
    const ida = await author('ida');
    const story = await publishStory(t, ida, { attribution: 'anonymous' });
    await delivered(() => comment(story.id, kai, 'Auch anonym erreicht Sie unsere Antwort.'));
    // The author of an anonymous story hears of it too: anonymity is towards readers.
    expect((await notificationsOf(ida)).items).toHaveLength(1);

    for (const [method, path] of [
      ['GET', '/api/me/notifications'],
      ['POST', '/api/me/notifications/read'],
    ] as const) {
      const res = await t.call(method, path);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch('application/problem+json');
    }
    for (const other of [
      ben,
      mia,
      kai,
      researcher(),
      { ...newResident('admin'), groups: ['admins'] } as Persona,
    ]) {
      const page = await notificationsOf(other);
      expect(page.items.some((n) => n.storyId === story.id)).toBe(false);
    }
    // Another person marking theirs read leaves the author's unread.
    await t.call('POST', '/api/me/notifications/read', { as: ben });
    expect((await notificationsOf(ida)).unread).toBe(1);
  });

  it('refuses a bad cursor and a bad limit with 400', async () => {
    const res = await t.call('GET', '/api/me/notifications?cursor=nonsense', { as: ben });
    expect(res.status).toBe(400);
    expect((await t.call('GET', '/api/me/notifications?limit=0', { as: ben })).status).toBe(400);
  });

  it('tells of a held museum answer only once a moderator publishes it', async () => {
    const hold = await author('hold');
    const story = await publishStory(t, hold);
    let held!: Comment;
    await delivered(async () => {
      held = await comment(
        story.id,
        kai,
        'Schreiben Sie uns an archiv@example.org oder 0234 5877 0.',
      );
      await comment(story.id, kai, 'Und eine zweite, freie Antwort.');
    });
    expect(held.status).toBe('held');
    expect((await notificationsOf(hold)).items).toHaveLength(1);
    await delivered(async () => {
      const res = await t.call('POST', `/api/moderation/comments/${story.id}/${held.id}/decision`, {
        as: mia,
        body: { decision: 'approve' },
      });
      expect(res.status, res.text).toBe(200);
    });
    const page = await notificationsOf(hold);
    expect(page.items.map((n) => n.commentId)).toContain(held.id);
    expect(page.unread).toBe(2);
  });

  it('e-mails the author once, in their language, when they chose it', async () => {
    const eva = await author('eva', 'email', 'en');
    const story = await publishStory(t, eva, { title: 'Pigeons on the Zeche' });
    const records = await delivered(() => comment(story.id, kai, 'What a lovely loft!'));
    // A retried batch, the poller and a Lambda reading the same change.
    await notifier(toChangeRecords(records));
    await Promise.all([notifier(toChangeRecords(records)), notifier(toChangeRecords(records))]);
    const mails = await mailsTo(eva);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('The museum answered on your story');
    expect(mails[0]!.body.text).toContain('“Pigeons on the Zeche”');
    const [answer] = (await notificationsOf(eva)).items;
    expect(mails[0]!.body.text).toContain(
      `${SITE}/stories/${story.id}#comment-${answer!.commentId}`,
    );
    expect((await notificationsOf(eva)).items).toHaveLength(1);
  });

  it('writes in German, and sends nothing to an author who did not choose it', async () => {
    const ute = await author('ute', 'email', 'de');
    const quiet = await author('quiet'); // the default: no e-mails on answers
    const declined = await author('declined', 'none', 'en');
    const stories = await Promise.all([ute, quiet, declined].map((p) => publishStory(t, p)));
    await delivered(async () => {
      for (const story of stories) await comment(story.id, kai, 'Eine Antwort des Museums.');
    }, 3);
    const [mail, ...more] = await mailsTo(ute);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Das Museum hat auf Ihre Geschichte geantwortet');
    expect(await mailsTo(quiet)).toHaveLength(0);
    expect(await mailsTo(declined)).toHaveLength(0);
    // In the app they hear of it all the same.
    expect((await notificationsOf(quiet)).unread).toBe(1);
  });

  it('keeps one choice when the other changes', async () => {
    const both = await author('both', 'email');
    const res = await t.call('PATCH', '/api/me', {
      as: both,
      body: { notifications: { decisions: 'email' } },
    });
    expect(res.json.notifications).toEqual({ decisions: 'email', answers: 'email' });
    const fresh = newResident('fresh');
    expect((await t.call('GET', '/api/me', { as: fresh })).json.notifications).toEqual({
      decisions: 'none',
      answers: 'none',
    });
    const bad = await t.call('PATCH', '/api/me', {
      as: fresh,
      body: { notifications: { answers: 'sms' } },
    });
    expect(bad.status).toBe(400);
  });
});
