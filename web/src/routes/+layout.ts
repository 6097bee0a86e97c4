// A static SPA: rendered in the browser only, served by the adapter's index.html fallback.
export const ssr = false;
export const prerender = false;
