import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { compile, compileModule } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

/**
 * Every component and rune module of the web app compiles without a Svelte warning, as in the
 * development build (where `state_referenced_locally` and the a11y checks speak up). The browser
 * side of it, warnings at run time such as `ownership_invalid_binding`, is checked in
 * test/e2e/legibility.e2e.ts.
 */
const src = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.svelte') || file.endsWith('.svelte.ts'))
  .map((file) => join(src, file));

describe('Svelte compiler warnings', () => {
  it('finds the sources', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each(sources.map((file) => [relative(src, file), file]))('%s has none', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const result = file.endsWith('.svelte')
      ? compile(source, { filename: file, dev: true, generate: 'client' })
      : // A rune module is TypeScript: strip the types first, as the Vite plugin does.
        compileModule(transformSync(source, { loader: 'ts' }).code, {
          filename: file,
          dev: true,
          generate: 'client',
        });
    expect(result.warnings.map((w) => `${w.code}: ${w.message}`)).toEqual([]);
  });
});
