import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

/** Every URL the page loads: script and stylesheet sources, links, images. */
const referencedUrls = (html: string) =>
  [...html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!);

describe('GET /api/docs', () => {
  it('loads only same-origin assets, with no inline script', async () => {
    const res = await t.call('GET', '/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch('text/html');
    const urls = referencedUrls(res.text);
    expect(urls).toEqual([
      '/api/docs/assets/swagger-ui.css',
      '/api/openapi.json',
      '/api/docs/assets/swagger-ui-bundle.js',
      '/api/docs/assets/init.js',
    ]);
    // Every <script> has a src and no body.
    const scripts = [...res.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(2);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body!.trim()).toBe('');
    }
    expect(res.text).not.toMatch(/\sstyle=|<style/i);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
  });

  it('serves each asset with its content type, the OpenAPI document its start-up', async () => {
    const types = {
      'swagger-ui.css': /^text\/css/,
      'swagger-ui-bundle.js': /^text\/javascript/,
      'init.js': /^text\/javascript/,
    };
    for (const [name, type] of Object.entries(types)) {
      const res = await t.call('GET', `/api/docs/assets/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type'), name).toMatch(type);
      expect(res.text.length, name).toBeGreaterThan(100);
    }
    const init = await t.call('GET', '/api/docs/assets/init.js');
    expect(init.text).toContain("url: '/api/openapi.json'");
    expect(init.text).toContain('validatorUrl: null');
    expect((await t.call('GET', '/api/docs/assets/index.html')).status).toBe(404);
  });
});

describe('the API reference assets', () => {
  // On AWS they are files of the site: infra/constructs/web-distribution.test.ts.
  it('stay out of the accounts Lambda, which serves the page', async () => {
    const result = await build({
      entryPoints: [join(root, 'functions/src/accounts/handler.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      mainFields: ['module', 'main'],
      write: false,
      // Only the composition is checked; `npm run bench` measures the size.
      metafile: true,
      logLevel: 'error',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => /swagger-ui|docs-assets/.test(input))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('service/api-docs.ts'))).toBe(true);
  });
});
