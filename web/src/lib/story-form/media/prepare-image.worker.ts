/*
 * Prepares a photo for upload off the main thread, so a 12-megapixel file never freezes the
 * page: decoded upright (EXIF orientation applied), scaled so its long side is at most 2400 px,
 * and re-encoded as JPEG. The re-encode carries no metadata, so EXIF with GPS, XMP and IPTC stay
 * on the device; the server strips again (DESIGN §9). A file the browser cannot decode (HEIC in
 * most browsers) is answered as unprepared, and is then sent as it is.
 */

/** The long side a photo is sent at: above the largest width the server writes (1600 px). */
const LONG_SIDE = 2400;
const QUALITY = 0.88;

type Answer =
  | { ok: true; blob: Blob; width: number; height: number }
  | { ok: false; width?: undefined; height?: undefined };

// The DOM library's `postMessage` is a window's; in a worker it takes the message alone.
const answer = (message: Answer) =>
  (self as unknown as { postMessage(message: Answer): void }).postMessage(message);

self.onmessage = async (event: MessageEvent<{ file: Blob }>) => {
  try {
    const bitmap = await createImageBitmap(event.data.file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D context');
    // A transparent PNG would turn black as JPEG: paper white underneath.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
    answer({ ok: true, blob, width, height });
  } catch {
    answer({ ok: false });
  }
};
