import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { join } from 'node:path';

export const CONTEXTS = ['stories', 'moderation', 'curation', 'accounts'] as const;

/**
 * Bundles each Lambda entry the way the CDK stack does (one minified ESM file, node22, with a
 * `require` shim for CommonJS dependencies) and returns each file and its size.
 */
export async function bundleLambdas(root: string, outDir: string) {
  const bundles: { context: string; file: string; bytes: number }[] = [];
  for (const context of CONTEXTS) {
    const file = join(outDir, context, 'index.mjs');
    await build({
      entryPoints: [join(root, 'functions', 'src', context, 'handler.ts')],
      outfile: file,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      mainFields: ['module', 'main'],
      banner: {
        js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'error',
    });
    bundles.push({ context, file, bytes: statSync(file).size });
  }
  return bundles;
}
