import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type ProxyOptions } from 'vite';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 8787}`;
// Same origin in the browser, as behind CloudFront: /api/* goes to the local Hono process.
const proxy: Record<string, ProxyOptions> = { '/api': { target: apiTarget } };

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    proxy,
    // ../shared lives beside web/; allow the dev server to serve it.
    fs: { allow: ['..'] },
  },
  preview: {
    host: '127.0.0.1',
    port: Number(process.env.WEB_PORT ?? 4173),
    strictPort: true,
    proxy,
  },
});
