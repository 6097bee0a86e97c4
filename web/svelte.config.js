import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A static SPA: every unknown path falls back to index.html and the client router takes over.
    adapter: adapter({ fallback: 'index.html' }),
    alias: {
      // The project's domain package (zod schemas, vocabularies), shared with functions/.
      $shared: '../shared',
    },
  },
};

export default config;
