/**
 * Registers the kiosk's service worker (static/kiosk/sw.js, scope /kiosk/) and hands it the
 * files this page already loaded, so a reload without network still starts the kiosk.
 * Not under the Vite dev server, where modules change all the time. (`import.meta.hot` tells;
 * `dev` from $app/environment would not: it is true in builds made with NODE_ENV=test, such as
 * the browser tests'.) Failing to register is harmless: the kiosk then relies on the browser's
 * cache for its code, and on localStorage for the exhibition.
 */
export async function keepKioskOffline(): Promise<void> {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk/' });
    const registration = await navigator.serviceWorker.ready;
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.startsWith('/_app/'));
    registration.active?.postMessage({
      type: 'keep',
      page: location.href,
      urls: [...urls, '/favicon.svg'],
    });
  } catch {
    // No service worker (private mode, http on a non-local host): see above.
  }
}
