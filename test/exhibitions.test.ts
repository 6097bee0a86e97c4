import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { exhibitionKeys } from '../functions/src/curation/exhibition-keys';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exhibition } from '../shared/schemas/curation';
import { createTestApp, PERSONAS, type Persona, type TestApp } from './support/test-app';
import {
  createExhibition,
  getExhibition,
  makeExhibitionInput,
  publishedExhibition,
} from './support/curation-flow';

const { anna, mia, kai } = PERSONAS;
const UNKNOWN = '01JZZZZZZZZZZZZZZZZZZZZZZZ';
const NOT_CURATORS: [string, Persona][] = [
  ['a resident', anna],
  ['a moderator', mia],
];
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

const listIds = async (as?: Persona) => {
  const res = await t.call('GET', '/api/exhibitions', { as });
  expect(res.status).toBe(200);
  return (res.json.items as Exhibition[]).map((e) => e.id);
};

describe('POST /api/exhibitions', () => {
  it('refuses anonymous callers (401), residents and moderators (403)', async () => {
    const body = makeExhibitionInput();
    expect((await t.call('POST', '/api/exhibitions', { body })).status).toBe(401);
    for (const [, as] of NOT_CURATORS) {
      expect((await t.call('POST', '/api/exhibitions', { as, body })).status).toBe(403);
    }
  });

  it('names each invalid field (400)', async () => {
    const res = await t.call('POST', '/api/exhibitions', {
      as: kai,
      body: { ...makeExhibitionInput(), title: { en: 'No German' }, opensAt: '1. Mai' },
    });
    expect(res.status).toBe(400);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['title.de', 'opensAt']),
    );
    const backwards = await t.call('POST', '/api/exhibitions', {
      as: kai,
      body: makeExhibitionInput({ opensAt: '2026-06-01', closesAt: '2026-05-01' }),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.json.errors[0].path).toBe('closesAt');
  });

  it('starts a draft with no stories, and says where it lives', async () => {
    const res = await t.call('POST', '/api/exhibitions', { as: kai, body: makeExhibitionInput() });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      status: 'draft',
      title: { de: 'Schicht im Schacht', en: 'End of the shift' },
      venue: 'Deutsches Bergbau-Museum Bochum, Halle 3',
      opensAt: '2026-05-01',
      closesAt: '2026-10-31',
      itemCount: 0,
    });
    expect(res.json.publishedAt).toBeUndefined();
    expect(res.headers.get('location')).toBe(`/api/exhibitions/${res.json.id}`);
  });
});

describe('GET /api/exhibitions and /api/exhibitions/{id}', () => {
  it('shows drafts to curators only, and published exhibitions to everyone', async () => {
    const draft = await createExhibition(t);
    const published = await publishedExhibition(t);
    for (const as of [undefined, anna, mia]) {
      const ids = await listIds(as);
      expect(ids).toContain(published.id);
      expect(ids).not.toContain(draft.id);
      expect((await getExhibition(t, draft.id, as)).status).toBe(404);
      expect((await getExhibition(t, published.id, as)).status).toBe(200);
    }
    expect(await listIds(kai)).toEqual(expect.arrayContaining([draft.id, published.id]));
    expect((await getExhibition(t, draft.id, kai)).json).toMatchObject({
      status: 'draft',
      items: [],
    });
  });

  it('lists published exhibitions by opening date, newest first', async () => {
    const earlier = await publishedExhibition(t, { opensAt: '2031-01-10', closesAt: undefined });
    const later = await publishedExhibition(t, { opensAt: '2031-03-10', closesAt: undefined });
    const ids = await listIds();
    expect(ids.indexOf(later.id)).toBeLessThan(ids.indexOf(earlier.id));
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of [UNKNOWN, 'nope', 'EXHIBITION']) {
      expect((await getExhibition(t, id)).status).toBe(404);
    }
  });

  it('costs one Query for the list of a visitor and one per status for a curator', async () => {
    t.requests.reset();
    await t.call('GET', '/api/exhibitions');
    expect(t.requests.sent()).toEqual(['Query']);
    t.requests.reset();
    await t.call('GET', '/api/exhibitions', { as: kai });
    expect(t.requests.sent()).toEqual(['Query', 'Query']);
  });
});

describe('PATCH /api/exhibitions/{id}', () => {
  it('refuses anonymous callers (401), residents and moderators (403), unknown ids (404)', async () => {
    const { id } = await createExhibition(t);
    const body = { venue: 'Zeche Zollern' };
    expect((await t.call('PATCH', `/api/exhibitions/${id}`, { body })).status).toBe(401);
    for (const [, as] of NOT_CURATORS) {
      expect((await t.call('PATCH', `/api/exhibitions/${id}`, { as, body })).status).toBe(403);
    }
    expect((await t.call('PATCH', `/api/exhibitions/${UNKNOWN}`, { as: kai, body })).status).toBe(
      404,
    );
  });

  it('refuses an invalid change (400): unknown fields, or closing before it opens', async () => {
    const { id } = await createExhibition(t);
    for (const body of [{ subtitle: 'x' }, { closesAt: '2026-01-01' }, { title: { de: '' } }]) {
      const res = await t.call('PATCH', `/api/exhibitions/${id}`, { as: kai, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('changes the given fields, and null clears one', async () => {
    const { id } = await createExhibition(t);
    const res = await t.call('PATCH', `/api/exhibitions/${id}`, {
      as: kai,
      body: { intro: { de: 'Neu geschrieben.' }, venue: null, closesAt: null },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ intro: { de: 'Neu geschrieben.' }, opensAt: '2026-05-01' });
    expect(res.json.venue).toBeUndefined();
    expect(res.json.closesAt).toBeUndefined();
    expect((await getExhibition(t, id, kai)).json).toMatchObject({
      intro: { de: 'Neu geschrieben.' },
    });
  });

  it('answers 409 when another curator changed it between read and write', async () => {
    // DynamoDB Local cannot be made to interleave two requests on cue, so a concurrent edit is
    // made real at the one moment that matters: just before this edit's conditional write.
    const { id } = await createExhibition(t);
    let interfered = false;
    t.deps.db.doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'UpdateItemCommand' && !interfered) {
          interfered = true;
          await t.deps.db.doc.send(
            new UpdateCommand({
              TableName: t.config.tableName,
              Key: exhibitionKeys.meta(id),
              UpdateExpression: 'ADD version :one',
              ExpressionAttributeValues: { ':one': 1 },
            }),
          );
        }
        return next(args);
      },
      { step: 'initialize', name: 'concurrentEdit' },
    );
    try {
      const res = await t.call('PATCH', `/api/exhibitions/${id}`, {
        as: kai,
        body: { venue: 'Zollverein' },
      });
      expect(res.status).toBe(409);
    } finally {
      t.deps.db.doc.middlewareStack.remove('concurrentEdit');
    }
  });
});

describe('POST /api/exhibitions/{id}/publish and /unpublish', () => {
  it('refuses anonymous callers (401), residents and moderators (403), unknown ids (404)', async () => {
    const { id } = await createExhibition(t);
    for (const action of ['publish', 'unpublish']) {
      expect((await t.call('POST', `/api/exhibitions/${id}/${action}`)).status).toBe(401);
      for (const [, as] of NOT_CURATORS) {
        expect((await t.call('POST', `/api/exhibitions/${id}/${action}`, { as })).status).toBe(403);
      }
      const unknown = await t.call('POST', `/api/exhibitions/${UNKNOWN}/${action}`, { as: kai });
      expect(unknown.status).toBe(404);
    }
  });

  it('publishes for everyone, idempotently, and takes it back to draft', async () => {
    const { id } = await createExhibition(t);
    const first = await t.call('POST', `/api/exhibitions/${id}/publish`, { as: kai });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    const again = await t.call('POST', `/api/exhibitions/${id}/publish`, { as: kai });
    expect(again.json).toMatchObject({ status: 'published', publishedAt: first.json.publishedAt });
    expect(await listIds()).toContain(id);

    const back = await t.call('POST', `/api/exhibitions/${id}/unpublish`, { as: kai });
    expect(back.status).toBe(200);
    expect(back.json.status).toBe('draft');
    expect(await listIds()).not.toContain(id);
    expect((await getExhibition(t, id)).status).toBe(404);
    expect(await listIds(kai)).toContain(id);
  });
});
