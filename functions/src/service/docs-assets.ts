import { Hono } from 'hono';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DOCS_INIT_FILE, DOCS_INIT_SCRIPT, SWAGGER_UI_FILES } from './api-docs';

/**
 * The API reference's assets as files: never bundled into a Lambda. The local API serves them
 * (docsAssetRoutes); on AWS the site deployment uploads them beside the web build, and CloudFront
 * serves /api/docs/assets/* from the bucket (infra/constructs/site-deployment.ts).
 */

export type DocsAsset = { name: string; contentType: string; body: string };

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Every asset of the reference: swagger-ui-dist's files and our start-up script. */
export function docsAssets(): DocsAsset[] {
  const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const files = [
    ...SWAGGER_UI_FILES.map((name) => ({ name, body: readFileSync(join(dist, name), 'utf8') })),
    { name: DOCS_INIT_FILE, body: DOCS_INIT_SCRIPT },
  ];
  return files.map((file) => ({
    ...file,
    contentType: CONTENT_TYPES[file.name.slice(file.name.lastIndexOf('.') + 1)]!,
  }));
}

/** GET /{name} for each asset, read once; mounted at /api/docs/assets by the local app. */
export function docsAssetRoutes() {
  const app = new Hono();
  let assets: Map<string, DocsAsset> | undefined;
  app.get('/:name', (c, next) => {
    assets ??= new Map(docsAssets().map((a) => [a.name, a]));
    const found = assets.get(c.req.param('name'));
    if (!found) return next();
    return c.body(found.body, 200, {
      'content-type': found.contentType,
      'cache-control': 'public, max-age=3600',
    });
  });
  return app;
}
