/** A photo ready to send: the re-encoded JPEG, or the file as it came when it cannot be. */
export type PreparedImage = { blob: Blob; type: string; width?: number; height?: number };

/**
 * Resizes and strips a photo in a Web Worker (./prepare-image.worker.ts); one worker per photo,
 * ended when it answered. Without worker or OffscreenCanvas support the file goes as it is.
 */
export function prepareImage(file: Blob): Promise<PreparedImage> {
  const asIs: PreparedImage = { blob: file, type: file.type || 'application/octet-stream' };
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined')
    return Promise.resolve(asIs);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./prepare-image.worker.ts', import.meta.url), {
      type: 'module',
    });
    const done = (prepared: PreparedImage) => {
      worker.terminate();
      resolve(prepared);
    };
    worker.onmessage = (
      event: MessageEvent<{ ok: boolean; blob?: Blob; width?: number; height?: number }>,
    ) => {
      const { ok, blob, width, height } = event.data;
      done(ok && blob ? { blob, type: 'image/jpeg', width, height } : asIs);
    };
    worker.onerror = () => done(asIs);
    worker.postMessage({ file });
  });
}
