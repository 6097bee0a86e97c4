import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';
import { newResident, publishStory } from './support/story-flow';

/*
 * The OpenAPI document (GET /api/openapi.json) is the contract a client is generated from: it
 * must say what the server really does, and pass Redocly's recommended rules.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const redocly = join(root, 'node_modules/@redocly/cli/bin/cli.js');

type Response = { headers?: Record<string, unknown>; content?: Record<string, unknown> };
type Operation = {
  operationId?: string;
  description?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; schema: Record<string, unknown> }[];
  requestBody?: unknown;
  responses: Record<string, Response>;
};

let t: TestApp;
let document: {
  servers?: unknown[];
  info: Record<string, unknown>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, any>>; headers: Record<string, unknown> };
};
let operations: { name: string; operation: Operation }[];

beforeAll(async () => {
  t = await createTestApp();
  document = (await t.call('GET', '/api/openapi.json')).json;
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      operation,
    })),
  );
});

describe('the OpenAPI document', () => {
  it('passes Redocly lint (recommended rules) with 0 errors and 0 warnings', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      // The CLI's bundle exports no API; its JSON report is the stable interface.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [redocly, 'lint', file, '--format=json'],
        { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: 'off' }, timeout: 60_000 },
      ).catch((failed: { stdout: string }) => ({ stdout: failed.stdout }));
      const report = JSON.parse(stdout) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; location: { pointer: string }[] }[];
      };
      const problems = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}`);
      expect(problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives every operation a unique operationId and a description', () => {
    expect(operations.length).toBeGreaterThan(35);
    for (const { name, operation } of operations) {
      expect(operation.operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(operation.description?.length, name).toBeGreaterThan(20);
    }
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares a Location header on every 201', () => {
    const created = operations.filter((o) => o.operation.responses['201']);
    expect(created.length).toBeGreaterThanOrEqual(7);
    for (const { name, operation } of created) {
      expect(operation.responses['201']!.headers, name).toHaveProperty('Location');
    }
  });

  it('declares x-request-id on every response, and 401 on every operation (a bad token)', () => {
    for (const { name, operation } of operations) {
      expect(operation.responses, name).toHaveProperty('401');
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(response.headers, `${name} ${status}`).toHaveProperty('x-request-id');
      }
    }
  });

  it('declares 400, 413 and 415 where there is a body, 429 with Retry-After where limited', () => {
    for (const { name, operation } of operations.filter((o) => o.operation.requestBody)) {
      for (const status of ['400', '413', '415']) {
        expect(operation.responses, name).toHaveProperty(status);
      }
    }
    const limited = operations.filter((o) => o.operation.responses['429']);
    expect(limited.map((o) => o.operation.operationId).sort()).toEqual([
      'editStory',
      'eraseMe',
      'exportMyData',
      'postComment',
      'reportComment',
      'reportStory',
      'requestUpload',
      'sendAccessibilityFeedback',
      'submitStory',
      'supportStory',
      'withdrawSupport',
    ]);
    for (const { name, operation } of limited) {
      expect(operation.responses['429']!.headers, name).toHaveProperty('Retry-After');
    }
    const exported = document.paths['/api/exhibitions/{id}/export']!.get!.responses['200']!;
    expect(exported.headers).toHaveProperty('Content-Disposition');
  });

  it('describes the personal data export: a download, and what each of its sections holds', () => {
    const response = document.paths['/api/me/export']!.get!.responses['200']!;
    expect(response.headers).toHaveProperty('Content-Disposition');
    expect(response.headers).toHaveProperty('Cache-Control');
    expect(JSON.stringify(response)).toContain('#/components/schemas/PersonalDataExport');
    const schema = document.components.schemas.PersonalDataExport!;
    expect(schema.description).toMatch(/Art\. 15/);
    const sections = ['exportedAt', 'account', 'profile', 'stories', 'comments', 'supports'];
    sections.push('reports', 'consents', 'notices');
    for (const section of sections) {
      const property = schema.properties[section];
      const described =
        property.description ??
        document.components.schemas[
          String(property.$ref ?? '')
            .split('/')
            .pop() ?? ''
        ]?.description;
      expect(described, section).toMatch(/\w/);
    }
  });

  it('declares optional auth on public operations, and the role on staff ones', () => {
    const security = (path: string, method = 'get') => document.paths[path]![method]!.security;
    for (const path of ['/api/stories', '/api/stories/{id}', '/api/picks', '/api/exhibitions']) {
      expect(security(path), path).toEqual([{}, { bearerAuth: [] }]);
    }
    expect(security('/api/stories', 'post')).toEqual([{ bearerAuth: [] }]);
    expect(security('/api/moderation/queue')).toEqual([{ bearerAuth: ['moderators'] }]);
    expect(security('/api/exhibitions', 'post')).toEqual([{ bearerAuth: ['curators'] }]);
    for (const { name, operation } of operations) expect(operation.security, name).toBeDefined();
  });

  it('names the main shapes as components and says who to contact, the licence and servers', () => {
    const { schemas } = document.components;
    for (const name of [
      'Story',
      'StoryCard',
      'StoryInput',
      'Comment',
      'QueueEntry',
      'Exhibition',
      'ExhibitionItem',
      'AuditEntry',
      'Problem',
    ]) {
      expect(schemas, name).toHaveProperty(name);
    }
    const submit = document.paths['/api/stories']!.post!;
    expect(JSON.stringify(submit.requestBody)).toContain('#/components/schemas/StoryInput');
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(document.info).toHaveProperty('license.name');
    expect(document.info).toHaveProperty('contact.url');
  });

  it('states the rules the server enforces: unique themes and warnings, decades, id lengths', () => {
    const input = document.components.schemas.StoryInput!.properties;
    expect(input.themes).toMatchObject({ uniqueItems: true, minItems: 1, maxItems: 3 });
    expect(input.contentWarnings).toMatchObject({ uniqueItems: true });
    const order = document.components.schemas.ExhibitionOrder!.properties;
    expect(order.storyIds).toMatchObject({ uniqueItems: true });
    const feed = document.paths['/api/stories']!.get!.parameters!;
    expect(feed.find((p) => p.name === 'decade')!.schema).toMatchObject({ multipleOf: 10 });
    const story = document.paths['/api/stories/{id}']!.get!.parameters!;
    expect(story.find((p) => p.name === 'id')!.schema).toMatchObject({ maxLength: 80 });
  });
});

describe('every 201', () => {
  it('sends a Location the document promises', async () => {
    const author = newResident('location');
    const story = await publishStory(t, author);
    const reader = newResident('location');
    const answers = {
      comment: await t.call('POST', `/api/stories/${story.id}/comments`, {
        as: reader,
        body: { body: 'Genau so war es bei uns auch.' },
      }),
      report: await t.call('POST', `/api/stories/${story.id}/reports`, {
        as: reader,
        body: { reason: 'other' },
      }),
      note: await t.call('POST', `/api/moderation/notes/${story.id}`, {
        as: PERSONAS.mia,
        body: { body: 'Gelesen.' },
      }),
      exhibition: await t.call('POST', '/api/exhibitions', {
        as: PERSONAS.kai,
        body: { title: { de: 'Schicht' }, intro: { de: 'Geschichten' } },
      }),
    };
    expect(answers.comment.headers.get('location')).toBe(`/api/stories/${story.id}`);
    expect(answers.report.headers.get('location')).toBe(`/api/stories/${story.id}`);
    expect(answers.note.headers.get('location')).toBe(`/api/moderation/notes/${story.id}`);
    expect(answers.exhibition.headers.get('location')).toBe(
      `/api/exhibitions/${answers.exhibition.json.id}`,
    );
    for (const [name, res] of Object.entries(answers)) expect(res.status, name).toBe(201);
    // A second report changes nothing: 200, and no Location.
    const again = await t.call('POST', `/api/stories/${story.id}/reports`, {
      as: reader,
      body: { reason: 'other' },
    });
    expect(again.status).toBe(200);
    expect(again.headers.get('location')).toBeNull();
  });
});
