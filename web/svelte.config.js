import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The browser tests build into their own directories (test/e2e/global-setup.ts), so a build
// running beside them on the same checkout cannot pull the files from under their server.
const outDir = process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit';
const pages = process.env.WEB_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    outDir,
    // A static SPA: every unknown path falls back to index.html and the client router takes over.
    adapter: adapter({ pages, assets: pages, fallback: 'index.html' }),
    // Absolute asset paths, as in the fallback page itself: every path then gets the very same
    // bootstrap script, whose hash the Content-Security-Policy allows (infra/content-security-policy.ts).
    paths: { relative: false },
    alias: {
      // The project's domain package (zod schemas, vocabularies), shared with functions/.
      $shared: '../shared',
    },
  },
};

export default config;
