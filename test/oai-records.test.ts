import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toChangeRecords, type EventHandler } from '../functions/src/events/change-record';
import { createOaiRecordsHandler } from '../functions/src/events/oai-records';
import { oaiKeys } from '../functions/src/opendata/oai/keys';
import { createOaiRepository } from '../functions/src/opendata/oai/repository';
import { storyKeys } from '../functions/src/stories/keys';
import { writeMissingOaiRecords } from '../scripts/migrations/oai-records';
import { harvest, schemaErrors } from './support/oai';
import { decide, newResident, publishStory, submitStory } from './support/story-flow';
import { streamTap } from './support/stream';
import { createTestApp, type TestApp } from './support/test-app';

/*
 * The oai-records handler over the table's real stream: what a story's life (publication,
 * hiding, restoring, withdrawal, consent withdrawn, erasure) makes of its harvest record, as a
 * harvester then sees it at /api/oai.
 */
const SITE = 'https://geschichten.example';
let t: TestApp;
let tap: Awaited<ReturnType<typeof streamTap>>;
let handler: EventHandler;
const repository = () => createOaiRepository(t.deps.db);

beforeAll(async () => {
  t = await createTestApp({ SITE_URL: SITE }, { stream: true });
  tap = await streamTap(t.config);
  handler = createOaiRecordsHandler({ records: repository(), now: () => new Date() });
});
afterAll(() => tap?.close());

const seen: string[] = [];
afterEach(async () => {
  const xmls = seen.splice(0);
  if (xmls.length) expect(await schemaErrors(...xmls), xmls.join('\n')).toEqual([]);
});

/** Hands the handler the stream's records since the last call that its filters let through. */
async function follow(atLeast = 1) {
  const records = await tap.records({ for: 'oai-records', atLeast });
  await handler(toChangeRecords(records));
  return records;
}

async function getRecord(storyId: string) {
  const res = await harvest(t, {
    verb: 'GetRecord',
    identifier: `oai:geschichten.example:story/${storyId}`,
    metadataPrefix: 'oai_dc',
  });
  seen.push(res.xml);
  return res;
}

/** Every list entry of the story, in every list partition it may be in. */
async function entriesOf(storyId: string, sets: string[]) {
  const found: string[] = [];
  for (const set of [undefined, ...sets]) {
    const pk = oaiKeys.listPartition(set ? { set: set as never } : {});
    const { Items = [] } = await t.deps.db.doc.send(
      new QueryCommand({
        TableName: t.config.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
      }),
    );
    for (const item of Items)
      if (item.storyId === storyId) found.push(`${pk} ${item.deleted ? 'deleted' : 'record'}`);
  }
  return found.sort();
}

describe('the oai-records handler', () => {
  it('writes a published story as a record, in the list of all and of each of its themes', async () => {
    const author = newResident('oai');
    const story = await publishStory(t, author, { themes: ['colliery', 'migration'] });
    await follow();
    const res = await getRecord(story.id);
    expect(res.errors).toEqual([]);
    expect(res.deleted).toEqual([]);
    expect(res.xml).toContain(`<dc:creator>${author.name}</dc:creator>`);
    expect(res.xml).toContain(`<dc:identifier>${SITE}/stories/${story.id}</dc:identifier>`);
    expect(res.xml).toContain('<setSpec>colliery</setSpec><setSpec>migration</setSpec>');
    expect(await entriesOf(story.id, ['colliery', 'migration'])).toEqual([
      'OAI#LIST#all record',
      'OAI#LIST#set#colliery record',
      'OAI#LIST#set#migration record',
    ]);
  });

  it('calls the author of an anonymous story "anonym", and names nobody', async () => {
    const author = newResident('oai-anon');
    const story = await publishStory(t, author, { attribution: 'anonymous' });
    await follow();
    const res = await getRecord(story.id);
    expect(res.xml).toContain('<dc:creator>anonym</dc:creator>');
    expect(res.xml).not.toContain(author.name);
  });

  it('writes nothing for a change a harvester cannot see, nor for a replayed batch', async () => {
    const story = await publishStory(t, newResident('oai-vote'));
    const publication = await follow();
    const before = await repository().get(story.id);
    const voter = newResident('oai-voter');
    expect((await t.call('PUT', `/api/stories/${story.id}/vote`, { as: voter })).status).toBe(200);
    await follow();
    await handler(toChangeRecords(publication));
    expect(await repository().get(story.id)).toEqual(before);
  });

  it('makes a hidden story a deleted record, and a restored one a record again, moving its keys', async () => {
    const story = await publishStory(t, newResident('oai-hide'));
    await follow();
    await decide(t, story.id, 'hide', 'Persönliche Daten');
    await follow();
    const hidden = await getRecord(story.id);
    expect(hidden.deleted).toEqual([`oai:geschichten.example:story/${story.id}`]);
    expect(hidden.xml).not.toContain('<metadata>');
    expect(hidden.xml).toContain('<setSpec>colliery</setSpec>');
    expect(await entriesOf(story.id, ['colliery'])).toEqual([
      'OAI#LIST#all deleted',
      'OAI#LIST#set#colliery deleted',
    ]);
    await decide(t, story.id, 'restore');
    await follow();
    const restored = await getRecord(story.id);
    expect(restored.deleted).toEqual([]);
    expect(restored.xml).toContain('<metadata>');
    expect(await entriesOf(story.id, ['colliery'])).toEqual([
      'OAI#LIST#all record',
      'OAI#LIST#set#colliery record',
    ]);
  });

  it('makes a story withdrawn by its author a deleted record, also in ListIdentifiers', async () => {
    const author = newResident('oai-withdraw');
    const story = await publishStory(t, author);
    await follow();
    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    await follow();
    expect((await getRecord(story.id)).deleted).toHaveLength(1);
    const listed = await harvest(t, {
      verb: 'ListIdentifiers',
      metadataPrefix: 'oai_dc',
      set: 'colliery',
    });
    seen.push(listed.xml);
    expect(listed.deleted).toContain(`oai:geschichten.example:story/${story.id}`);
  });

  it('makes a story whose author withdrew online consent a deleted record', async () => {
    const author = newResident('oai-consent');
    const story = await publishStory(t, author);
    await follow();
    const res = await t.call('PATCH', `/api/stories/${story.id}/consent`, {
      as: author,
      body: { online: false },
    });
    expect(res.status).toBe(200);
    await follow();
    expect((await getRecord(story.id)).deleted).toHaveLength(1);
  });

  it('makes an erased story (its item deleted) a deleted record', async () => {
    const story = await publishStory(t, newResident('oai-erased'));
    await follow();
    // The last write of an erasure with "delete" (stories' deleteStoryItem); erasure.test.ts
    // covers the way there.
    await t.deps.db.doc.send(
      new DeleteCommand({ TableName: t.config.tableName, Key: storyKeys.story(story.id) }),
    );
    await follow();
    expect((await getRecord(story.id)).deleted).toHaveLength(1);
  });

  it('writes no record for a story that was never public', async () => {
    const author = newResident('oai-never');
    const story = await submitStory(t, author);
    expect((await t.call('DELETE', `/api/stories/${story.id}`, { as: author })).status).toBe(200);
    const other = await submitStory(t, newResident('oai-rejected'));
    await decide(t, other.id, 'reject', 'Kein Bezug zum Ruhrgebiet');
    // None of these changes passes the catalogue's filters; handed over anyway, they change nothing.
    await handler(toChangeRecords(await tap.records({ atLeast: 3 })));
    expect((await getRecord(story.id)).errors).toEqual(['idDoesNotExist']);
    expect(await repository().get(other.id)).toBeNull();
  });

  it('is run over stories published before it by the migration, once', async () => {
    const story = await publishStory(t, newResident('oai-before'));
    await tap.records({ atLeast: 1 }); // not handed over: as if the handler did not exist yet
    expect(await repository().get(story.id)).toBeNull();
    expect(await writeMissingOaiRecords(t.deps.db)).toBeGreaterThanOrEqual(1);
    expect((await getRecord(story.id)).deleted).toEqual([]);
    expect(await writeMissingOaiRecords(t.deps.db)).toBe(0);
  });
});
