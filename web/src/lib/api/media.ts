import type { MediaKind, MediaReady, MediaUpload } from '$shared/schemas/media';
import { api, ApiError, enc, NETWORK_ERROR } from './client';

/**
 * The media context's calls (DESIGN §9): ask for an upload, send the file straight to the
 * presigned S3 POST (with progress, which `fetch` cannot report for a request body), then ask the
 * server to process it.
 */

/** Asks for a presigned POST for one file of `kind`. */
export const requestUpload = (kind: MediaKind, contentType: string, bytes: number) =>
  api<MediaUpload>('POST', '/media/uploads', { kind, contentType, bytes });

/** The multipart body of a presigned POST: its fields first, the file last (S3 ignores fields after it). */
export function uploadForm(fields: Record<string, string>, file: Blob): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file);
  return form;
}

const storageError = (status: number, detail: string) =>
  new ApiError({ type: 'about:blank', title: 'Upload failed', status, detail });

/**
 * Sends `file` to the presigned POST; `onProgress` hears the share sent so far (0..1). Rejects
 * with an `ApiError` (status 0 when the connection failed) and on `signal`'s abort.
 */
export function sendFile(
  upload: MediaUpload['upload'],
  file: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', upload.url);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve();
      } else reject(storageError(request.status, request.responseText.slice(0, 200)));
    };
    request.onerror = () => reject(storageError(NETWORK_ERROR, 'The upload failed'));
    request.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(uploadForm(upload.fields, file));
  });
}

/** The problems of `complete` worth waiting for: the scan runs, or S3 has not yet shown the file. */
const WAIT_FOR = new Set(['/problems/scan-pending', '/problems/upload-missing']);

export type RetryOptions = {
  /** How many times to ask in all before giving up. */
  attempts?: number;
  /** Waits `seconds`; a test passes a fake clock. */
  wait?: (seconds: number) => Promise<void>;
};

const sleep = (seconds: number) => new Promise<void>((r) => setTimeout(r, seconds * 1000));

/**
 * Runs `call` until it answers, waiting as the server's `Retry-After` says (at most 30 s, 2 s
 * when it says nothing) after each 409 scan-pending or upload-missing; other errors, and the
 * last 409 after `attempts`, are thrown.
 */
export async function retryWhilePending<T>(
  call: () => Promise<T>,
  { attempts = 8, wait = sleep }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const pending =
        error instanceof ApiError && error.status === 409 && WAIT_FOR.has(error.problem.type);
      if (!pending || attempt >= attempts) throw error;
      await wait(Math.min(error.retryAfter ?? 2, 30));
    }
  }
}

/** Asks the server to process an uploaded file; waits while the malware scan runs. */
export const completeUpload = (id: string, options?: RetryOptions) =>
  retryWhilePending(() => api<MediaReady>('POST', `/media/uploads/${enc(id)}/complete`), options);
