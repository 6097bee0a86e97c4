import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { localMediaPath } from '../infra/constructs/media-routing';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 8787}`;
// The media bucket's public prefix, as CloudFront serves it at /media/* (DESIGN §9).
const s3Target = process.env.S3_ENDPOINT ?? `http://127.0.0.1:${process.env.S3_PORT ?? 4569}`;
const mediaBucket = process.env.MEDIA_BUCKET ?? 'ruhr-stories-media';
// Same origin in the browser, as behind CloudFront: /api/* goes to the local Hono process.
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiTarget },
  '/media': {
    target: s3Target,
    // CloudFront's own routing: one id and one file under public/, nothing else.
    rewrite: (path) => localMediaPath(path, mediaBucket),
  },
};

/**
 * With CONTENT_SECURITY_POLICY set, `vite preview` sends it on every answer, as CloudFront does
 * (the browser tests set it: test/e2e/global-setup.ts). Vite's own `preview.headers` reach only
 * the files Vite serves itself, not the pages SvelteKit's preview serves.
 */
function contentSecurityPolicy(policy: string | undefined): Plugin {
  return {
    name: 'ruhr-stories-content-security-policy',
    configurePreviewServer(server) {
      if (!policy) return;
      server.middlewares.use((_request, response, next) => {
        response.setHeader('content-security-policy', policy);
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [sveltekit(), contentSecurityPolicy(process.env.CONTENT_SECURITY_POLICY)],
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
