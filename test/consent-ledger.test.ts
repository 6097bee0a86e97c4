import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsentEntry } from '../shared/schemas/consent-ledger';
import { CURRENT_TERMS_VERSION } from '../shared/vocabulary';
import { accountKeys } from '../functions/src/accounts/repository';
import { recordConsentLedger } from '../scripts/migrations/consent-ledger';
import { makeStoryInput } from './support/fixtures';
import { newResident, publishStory, readAllPages, submitStory } from './support/story-flow';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';

/*
 * The consent ledger (DESIGN §7): every consent given, withdrawn and granted again is an entry
 * with time, story, use, licence and terms version, written with the change itself, and the
 * person reads theirs newest first (`GET /api/me/consents`), one Query a page.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const ledger = (as: Persona) => readAllPages<ConsentEntry>(t, '/api/me/consents?limit=50', { as });
const consent = (id: string, body: unknown, as: Persona) =>
  t.call('PATCH', `/api/stories/${id}/consent`, { as, body });
/** The entries as "use granted (source)", newest first: what changed, in order. */
const summary = (entries: ConsentEntry[]) =>
  entries.map((e) => `${e.use} ${e.granted ? 'granted' : 'withdrawn'} (${e.source})`);
const newestFirst = (entries: ConsentEntry[]) =>
  entries.every((e, i) => i === 0 || entries[i - 1]!.at >= e.at);

/** The ledger items of the person's partition, straight from the table. */
async function storedEntries(sub: string) {
  const out = await t.deps.db.doc.send(
    new QueryCommand({
      TableName: t.deps.db.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :consent)',
      ExpressionAttributeValues: { ':pk': accountKeys.partition(sub), ':consent': 'CONSENT#' },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}

describe('GET /api/me/consents', () => {
  it('refuses an anonymous caller with 401', async () => {
    const res = await t.call('GET', '/api/me/consents');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('answers a person who gave no consent yet with an empty ledger', async () => {
    const res = await t.call('GET', '/api/me/consents', { as: newResident('ledger') });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ items: [], nextCursor: null });
  });

  it('records a submission as one entry per use, as chosen, in its own transaction', async () => {
    const author = newResident('ledger');
    await t.tokenFor(author);
    t.requests.reset();
    const story = await submitStory(t, author, {
      title: 'Die Brieftauben vom Dach',
      consent: {
        online: true,
        exhibition: true,
        research: false,
        license: 'CC-BY-SA-4.0',
        termsVersion: CURRENT_TERMS_VERSION,
      },
    });
    // The profile's name, then one write: the entries are in the story's own transaction.
    expect(t.requests.sent()).toEqual(['GetItem', 'TransactWriteItems']);
    const entries = await ledger(author);
    expect(entries).toHaveLength(3);
    const byUse = Object.fromEntries(entries.map((e) => [e.use, e]));
    for (const [use, granted] of [
      ['online', true],
      ['exhibition', true],
      ['research', false],
    ] as const) {
      expect(byUse[use]).toEqual({
        storyId: story.id,
        storyTitle: 'Die Brieftauben vom Dach',
        use,
        granted,
        licence: 'CC-BY-SA-4.0',
        termsVersion: CURRENT_TERMS_VERSION,
        at: story.createdAt,
        source: 'submission',
      });
    }
    const stored = await storedEntries(author.sub);
    expect(stored.map((item) => item.sk).sort()).toEqual(
      ['exhibition', 'online', 'research'].map(
        (use) => `CONSENT#${story.createdAt}#${story.id}#${use}`,
      ),
    );
    expect(stored.every((item) => item.entity === 'consent')).toBe(true);
  });

  it('records withdrawing and granting again as two new entries, newest first', async () => {
    const author = newResident('ledger');
    const story = await publishStory(t, author);
    expect((await consent(story.id, { exhibition: false }, author)).status).toBe(200);
    expect((await consent(story.id, { exhibition: true }, author)).status).toBe(200);
    // Asking for what already holds changes nothing, so it records nothing.
    expect((await consent(story.id, { exhibition: true }, author)).status).toBe(200);
    expect((await consent(story.id, { research: true, exhibition: true }, author)).status).toBe(
      200,
    );
    const entries = await ledger(author);
    expect(summary(entries)).toEqual([
      'research granted (change)',
      'exhibition granted (change)',
      'exhibition withdrawn (change)',
      ...summary(entries.slice(3)),
    ]);
    expect(entries.slice(3).map((e) => e.source)).toEqual([
      'submission',
      'submission',
      'submission',
    ]);
    expect(newestFirst(entries)).toBe(true);
    expect(new Set(entries.map((e) => `${e.at} ${e.use}`)).size).toBe(entries.length);
    expect(entries[0]).toMatchObject({ storyId: story.id, licence: 'CC-BY-4.0' });
  });

  it('records the withdrawal of a story as online consent withdrawn, once', async () => {
    const author = newResident('ledger');
    const story = await publishStory(t, author, { title: 'Der Taubenschlag' });
    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    const entries = await ledger(author);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({
      storyId: story.id,
      storyTitle: 'Der Taubenschlag',
      use: 'online',
      granted: false,
      source: 'withdrawal',
    });
    // Refused changes record nothing.
    expect((await consent(story.id, { research: true }, author)).status).toBe(409);
    expect(await ledger(author)).toHaveLength(4);
  });

  it('records an edit that changes a consent or the licence, and no other edit', async () => {
    const author = newResident('ledger');
    const story = await submitStory(t, author);
    const edit = (body: unknown) =>
      t.call('PATCH', `/api/stories/${story.id}`, { as: author, body });
    expect((await edit({ title: 'Ein neuer Titel für die Schicht' })).status).toBe(200);
    expect(await ledger(author)).toHaveLength(3);
    const base = makeStoryInput().consent;
    expect((await edit({ consent: { ...base, research: true } })).status).toBe(200);
    const afterResearch = await ledger(author);
    expect(summary(afterResearch.slice(0, 1))).toEqual(['research granted (edit)']);
    expect(afterResearch).toHaveLength(4);
    expect((await edit({ consent: { ...base, research: true, license: 'CC0-1.0' } })).status).toBe(
      200,
    );
    const entries = await ledger(author);
    expect(entries).toHaveLength(7);
    // A new licence gives every consent again, under it.
    expect(
      entries
        .slice(0, 3)
        .map((e) => [e.use, e.granted, e.licence, e.source])
        .sort(),
    ).toEqual([
      ['exhibition', true, 'CC0-1.0', 'edit'],
      ['online', true, 'CC0-1.0', 'edit'],
      ['research', true, 'CC0-1.0', 'edit'],
    ]);
    expect(entries[0]!.storyTitle).toBe('Ein neuer Titel für die Schicht');
  });

  it('pages newest first, each page one Query, and lists only the caller\u2019s entries', async () => {
    const author = newResident('ledger');
    const other = newResident('ledger');
    await publishStory(t, other);
    const first = await publishStory(t, author);
    const second = await submitStory(t, author, { title: 'Die zweite Geschichte hier' });
    expect((await consent(first.id, { research: true }, author)).status).toBe(200);
    expect((await consent(second.id, { exhibition: false }, author)).status).toBe(200);
    await t.tokenFor(author);
    t.requests.reset();

    const pages: ConsentEntry[][] = [];
    const all = await readAllPages<ConsentEntry>(t, '/api/me/consents?limit=3', {
      as: author,
      onPage: (page) => {
        pages.push(page.items);
        // The page just read was one Query and nothing else.
        expect(t.requests.sent()).toEqual(['Query']);
        t.requests.reset();
      },
    });
    t.requests.reset();
    expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);
    expect(all).toHaveLength(8);
    expect(newestFirst(all)).toBe(true);
    expect(new Set(all.map((e) => e.storyId))).toEqual(new Set([first.id, second.id]));
    expect(summary(all.slice(0, 2))).toEqual([
      'exhibition withdrawn (change)',
      'research granted (change)',
    ]);
    expect(await ledger(other)).toHaveLength(3);
  });

  it('refuses a cursor from another person\u2019s ledger or from another list with 400', async () => {
    const author = newResident('ledger');
    await submitStory(t, author);
    const page = await t.call('GET', '/api/me/consents?limit=1', { as: author });
    expect(page.json.nextCursor).toEqual(expect.any(String));
    const cursor = encodeURIComponent(page.json.nextCursor);
    const foreign = await t.call('GET', `/api/me/consents?cursor=${cursor}`, {
      as: PERSONAS.ben,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const mine = await t.call('GET', '/api/me/stories?limit=1', { as: author });
    expect(mine.status).toBe(200);
    const stories = await t.call('GET', `/api/me/stories?cursor=${cursor}`, { as: author });
    expect(stories.status).toBe(400);
  });
});

describe('the migration for stories written before the ledger', () => {
  /** As before the ledger: the story is there, its entries are not. */
  async function forgetEntries(sub: string) {
    for (const item of await storedEntries(sub))
      await t.deps.db.doc.send(
        new DeleteCommand({ TableName: t.deps.db.tableName, Key: { pk: item.pk, sk: item.sk } }),
      );
  }

  it('records the consent each story holds, at its submission, marked as migrated; once', async () => {
    const author = newResident('migrated');
    const kept = await publishStory(t, author, { title: 'Die Kaue am Montag' });
    expect((await consent(kept.id, { research: true }, author)).status).toBe(200);
    const withdrawn = await publishStory(t, author, { title: 'Das Büdchen an der Ecke' });
    expect((await t.call('DELETE', `/api/stories/${withdrawn.id}`, { as: author })).status).toBe(
      200,
    );
    await forgetEntries(author.sub);
    // A story written since keeps its own entries and gets none added.
    const recent = await submitStory(t, author, { title: 'Eine neue Geschichte schon' });

    expect(await recordConsentLedger(t.deps.db)).toBeGreaterThanOrEqual(2);
    const entries = await ledger(author);
    const of = (id: string) => entries.filter((e) => e.storyId === id);
    expect(of(recent.id).map((e) => e.source)).toEqual(['submission', 'submission', 'submission']);
    expect(
      of(kept.id)
        .map((e) => [e.use, e.granted, e.at, e.source])
        .sort(),
    ).toEqual([
      ['exhibition', true, kept.createdAt, 'migrated'],
      ['online', true, kept.createdAt, 'migrated'],
      ['research', true, kept.createdAt, 'migrated'],
    ]);
    const gone = of(withdrawn.id);
    expect(gone).toHaveLength(4);
    expect(gone[0]).toMatchObject({
      use: 'online',
      granted: false,
      source: 'migrated',
      storyTitle: 'Das Büdchen an der Ecke',
    });
    expect(gone[0]!.at > withdrawn.createdAt).toBe(true);

    // Run again: nothing more.
    await recordConsentLedger(t.deps.db);
    expect(await ledger(author)).toEqual(entries);
  });
});
