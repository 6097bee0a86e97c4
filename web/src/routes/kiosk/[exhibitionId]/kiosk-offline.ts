import { dev } from '$app/environment';

/**
 * Registers the kiosk's service worker (static/kiosk/sw.js, scope /kiosk/) and hands it the
 * files this page already loaded, so a reload without network still starts the kiosk. Not in
 * development, where modules change all the time. Failing to register is harmless: the kiosk
 * then relies on the browser's cache for its code, and on localStorage for the exhibition.
 */
export async function keepKioskOffline(): Promise<void> {
  if (dev || !('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('/kiosk/sw.js', { scope: '/kiosk/' });
    const registration = await navigator.serviceWorker.ready;
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.startsWith('/_app/'));
    registration.active?.postMessage({ type: 'keep', page: location.href, urls: [...urls, '/favicon.svg'] });
  } catch {
    // No service worker (private mode, http on a non-local host): see above.
  }
}
