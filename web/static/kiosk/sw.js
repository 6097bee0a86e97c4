/*
 * The gallery kiosk's service worker (scope /kiosk/, registered only by the kiosk page). It keeps
 * the app's shell and code so a kiosk that reloads while the network is down still starts; the
 * exhibition itself comes from the page's own saved copy (localStorage). Pages are network-first,
 * so a new release reaches the kiosk at its next reload; /_app/immutable files never change.
 * API calls are never cached here.
 */
const CACHE = 'ruhr-stories-kiosk-v1';
const SHELL = '/kiosk/__shell';

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// The page names itself and the files it already loaded, so they are kept before the network goes.
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'keep' || !Array.isArray(data.urls)) return;
  const own = (url) => new URL(url, self.location.href).origin === self.location.origin;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all([
        ...data.urls.filter(own).map((url) => cache.add(url).catch(() => undefined)),
        own(data.page)
          ? fetch(data.page)
              .then((response) => response.ok && cache.put(SHELL, response))
              .catch(() => undefined)
          : undefined,
      ]),
    ),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SHELL, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(SHELL);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith('/_app/') || url.pathname === '/favicon.svg')
    event.respondWith(cacheFirst(request));
});
