import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toChangeRecords } from '../functions/src/events/change-record';
import { createEventDeps, eventHandler, type EventDeps } from '../functions/src/events/handlers';
import { notifiedKeys } from '../functions/src/events/notifier';
import { streamLambda } from '../functions/src/events/stream-lambda';
import type { Logger } from '../functions/src/core/logger';
import { freePort } from '../scripts/local-stack/free-port';
import { startLocalIdentity, type LocalIdentity } from '../scripts/local-stack/local-identity';
import { decide, newResident, submitStory } from './support/story-flow';
import { streamTap } from './support/stream';
import { createTestApp, type Persona, type TestApp } from './support/test-app';

type Mail = {
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
};

const SITE = 'https://ruhr-stories.example';

/*
 * The notifier on real stream records: the API's writes on DynamoDB Local, read back from the
 * table's stream, given to the handler; the address comes from the local identity provider and
 * the e-mail goes to the local SES, whose store is read back.
 */
describe('the notifier: decisions by e-mail', () => {
  let identity: LocalIdentity;
  let dataDir: string;
  let t: TestApp;
  let deps: EventDeps;
  let notifier: ReturnType<typeof eventHandler>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ruhr-stories-notifier-'));
    identity = await startLocalIdentity({
      authPort: await freePort(),
      mailPort: await freePort(),
      dataDir,
      webOrigins: ['http://127.0.0.1:5173'],
    });
    t = await createTestApp({ ...identity.env, SITE_URL: SITE }, { stream: true });
    deps = createEventDeps(t.config, 'notifier-test');
    notifier = eventHandler('notifier', deps);
  });
  afterAll(async () => {
    await identity?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const addressOf = (person: Persona) => `${person.sub}@example.org`;

  /** A resident with an account at the provider and the given notification choice and language. */
  async function person(label: string, decisions: 'email' | 'none', locale: 'de' | 'en') {
    const resident = newResident(label);
    await deps.directory!.ensureUser({ email: addressOf(resident), sub: resident.sub });
    const res = await t.call('PATCH', '/api/me', {
      as: resident,
      body: { locale, notifications: { decisions } },
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

  /** Makes the writes, reads their records from the stream, as filtered for the notifier. */
  async function recordsOf(writes: () => Promise<unknown>, atLeast = 1) {
    const tap = await streamTap(t.config);
    try {
      await writes();
      return await tap.records({ for: 'notifier', atLeast });
    } finally {
      tap.close();
    }
  }

  it('mails each kind of decision to its author, in English, with the title, the reason and a link', async () => {
    const ann = await person('ann', 'email', 'en');
    const approved = await submitStory(t, ann, { title: 'The last shift at Zollverein' });
    const revised = await submitStory(t, ann, { title: 'Our allotment in Wattenscheid' });
    const rejected = await submitStory(t, ann, { title: 'A story to reject' });
    const records = await recordsOf(async () => {
      await decide(t, approved.id, 'approve');
      await decide(t, revised.id, 'request-changes', 'Please leave out the neighbour’s full name.');
      await decide(t, rejected.id, 'reject', 'This is an advertisement, not a memory.');
      await decide(t, approved.id, 'hide', 'A photo credit is missing; we hide it until then.');
    }, 4);
    // Only the story items' changes come through the catalogue's filters.
    expect(records.every((r) => r.dynamodb?.Keys?.sk?.S === 'STORY')).toBe(true);
    await notifier(toChangeRecords(records));

    const mails = await mailsTo(ann);
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        'Your story is published',
        'Please revise your story',
        'Your story will not be published',
        'Your story is hidden',
      ].sort(),
    );
    const about = (subject: string) => mails.find((m) => m.subject === subject)!.body;
    expect(about('Your story is published').text).toContain('“The last shift at Zollverein”');
    expect(about('Your story is published').text).toContain(`${SITE}/stories/${approved.id}`);
    const revise = about('Please revise your story');
    expect(revise.text).toContain('Please leave out the neighbour’s full name.');
    expect(revise.text).toContain(`${SITE}/me/stories/${revised.id}/edit`);
    expect(revise.html).toContain('<html lang="en">');
    expect(revise.html).toContain('<blockquote><p>Please leave out the neighbour’s full name.</p>');
    expect(about('Your story will not be published').text).toContain(
      'This is an advertisement, not a memory.',
    );
    expect(about('Your story is hidden').text).toContain('A photo credit is missing');
  });

  it('writes in German to someone whose profile is German', async () => {
    const ute = await person('ute', 'email', 'de');
    const story = await submitStory(t, ute, { title: 'Kohlenstaub auf der Wäsche' });
    const records = await recordsOf(() =>
      decide(t, story.id, 'request-changes', 'Bitte nennen Sie das Jahr genauer.'),
    );
    await notifier(toChangeRecords(records));
    const [mail, ...more] = await mailsTo(ute);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Bitte überarbeiten Sie Ihre Geschichte');
    expect(mail!.body.text).toContain('„Kohlenstaub auf der Wäsche“');
    expect(mail!.body.text).toContain(
      'Begründung der Moderation:\nBitte nennen Sie das Jahr genauer.',
    );
    expect(mail!.body.html).toContain('<html lang="de">');
  });

  it('sends nothing to someone who chose no e-mails, and nothing for a change that is no decision', async () => {
    const quiet = await person('quiet', 'none', 'en');
    const loud = await person('loud', 'email', 'en');
    const declined = await submitStory(t, quiet);
    const withdrawn = await submitStory(t, loud);
    const records = await recordsOf(async () => {
      await decide(t, declined.id, 'approve');
      expect((await t.call('DELETE', `/api/stories/${withdrawn.id}`, { as: loud })).status).toBe(
        200,
      );
    }, 2);
    await notifier(toChangeRecords(records));
    expect(await mailsTo(quiet)).toHaveLength(0);
    expect(await mailsTo(loud)).toHaveLength(0);
  });

  it('never sends a decision twice when the records come again, and keeps no person in its marker', async () => {
    const eva = await person('eva', 'email', 'en');
    const story = await submitStory(t, eva, { attribution: 'anonymous' });
    const records = await recordsOf(() => decide(t, story.id, 'approve'));
    await notifier(toChangeRecords(records));
    // A retried batch, a bisected one, the poller and a Lambda reading the same change.
    await notifier(toChangeRecords(records));
    await Promise.all([notifier(toChangeRecords(records)), notifier(toChangeRecords(records))]);
    expect(await mailsTo(eva)).toHaveLength(1);

    const version = Number(records[0]!.dynamodb!.NewImage!.version!.N);
    const { Item: marker } = await t.deps.db.doc.send(
      new GetCommand({
        TableName: t.config.tableName,
        Key: notifiedKeys.marker(story.id, version),
      }),
    );
    expect(marker).toMatchObject({ entity: 'notification-marker', storyId: story.id });
    expect(marker!.expiresAt).toBeGreaterThan(Date.now() / 1000 + 86_400);
    const text = JSON.stringify(marker);
    expect(text).not.toContain(eva.sub);
    expect(text).not.toContain(addressOf(eva));
  });

  it('tries again when SES fails, and then sends once', async () => {
    const failing = await person('retry', 'email', 'en');
    const story = await submitStory(t, failing);
    const records = await recordsOf(() => decide(t, story.id, 'approve'));
    let refuse = true;
    const flaky = eventHandler('notifier', {
      ...deps,
      mailer: {
        async send(message) {
          if (refuse) throw new Error('SES is throttling');
          await deps.mailer.send(message);
        },
      },
    });
    await expect(flaky(toChangeRecords(records))).rejects.toThrow('SES is throttling');
    expect(await mailsTo(failing)).toHaveLength(0);
    refuse = false;
    await flaky(toChangeRecords(records));
    await flaky(toChangeRecords(records));
    expect(await mailsTo(failing)).toHaveLength(1);
  });

  it('keeps the address out of the error and every log line when SES names it in a refusal', async () => {
    const sandboxed = await person('sandbox', 'email', 'en');
    const story = await submitStory(t, sandboxed);
    const records = await recordsOf(() => decide(t, story.id, 'approve'));
    const lines: string[] = [];
    const write = (message: string, fields: Record<string, unknown> = {}) => {
      lines.push(JSON.stringify({ message, ...fields }));
    };
    const capture: Logger = {
      debug: write,
      info: write,
      warn: write,
      error: write,
      child: () => capture,
    };
    // What SES answers in its sandbox for a recipient it has not verified.
    const refusing = eventHandler('notifier', {
      ...deps,
      log: capture,
      mailer: {
        async send(message) {
          const refusal = new Error(
            'Email address is not verified. The following identities failed the check in ' +
              `region EU-CENTRAL-1: Ruhr Stories <noreply@ruhr-stories.example>, ${message.to}`,
          );
          refusal.name = 'MessageRejected';
          throw refusal;
        },
      },
    });
    const thrown = await refusing(toChangeRecords(records)).then(
      () => null,
      (error: Error) => error,
    );
    expect(thrown?.name).toBe('MessageRejected');
    expect(thrown?.message).toContain('failed the check in region EU-CENTRAL-1');
    expect(thrown?.message).not.toContain('@');

    const answer = await streamLambda(refusing, capture)({ Records: records });
    expect(answer.batchItemFailures).toHaveLength(1);
    expect(lines.join('\n')).toContain('failed the check');
    expect(lines.join('\n')).not.toContain(addressOf(sandboxed));
    expect(lines.join('\n')).not.toContain('@');
    // Refused, the decision is not marked as mailed: the retry that SES takes sends it.
    await notifier(toChangeRecords(records));
    expect(await mailsTo(sandboxed)).toHaveLength(1);
  });

  it('does the same as a Lambda: the entry, configured from its environment', async () => {
    const lea = await person('lambda', 'email', 'de');
    const story = await submitStory(t, lea, { title: 'Die Zeche im Nebel' });
    const records = await recordsOf(() => decide(t, story.id, 'reject', 'Das ist Werbung.'));
    const saved = { ...process.env };
    Object.assign(process.env, {
      ...identity.env,
      TABLE_NAME: t.config.tableName,
      DYNAMODB_ENDPOINT: t.config.dynamodbEndpoint,
      SITE_URL: SITE,
      LOG_LEVEL: 'silent',
    });
    try {
      const { handler } = await import('../functions/src/events/notifier-lambda');
      expect(await handler({ Records: records })).toEqual({ batchItemFailures: [] });
      expect(await handler({ Records: records })).toEqual({ batchItemFailures: [] });
    } finally {
      process.env = saved;
    }
    const mails = await mailsTo(lea);
    expect(mails.map((m) => m.subject)).toEqual(['Ihre Geschichte wird nicht veröffentlicht']);
    expect(mails[0]!.body.text).toContain('Das ist Werbung.');
  });

  it('puts no e-mail address into the table', async () => {
    const { Items = [] } = await t.deps.db.doc.send(
      new ScanCommand({ TableName: t.config.tableName }),
    );
    expect(JSON.stringify(Items)).not.toMatch(/@example\.org/);
  });
});
