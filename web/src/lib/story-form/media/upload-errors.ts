import { ApiError, NETWORK_ERROR } from '$lib/api/client';
import { errorMessageKey } from '$lib/errors';
import type { MessageKey } from '$lib/i18n';

/** The media problems a person can act on (functions/src/media/problems.ts), as messages. */
const PROBLEM_KEYS: Record<string, MessageKey> = {
  '/problems/media-type': 'upload.error.type',
  '/problems/media-type-mismatch': 'upload.error.type',
  '/problems/media-too-large': 'upload.error.tooLarge',
  '/problems/media-too-long': 'upload.error.tooLong',
  '/problems/media-unreadable': 'upload.error.unreadable',
  '/problems/media-infected': 'upload.error.infected',
  '/problems/scan-pending': 'upload.error.scanPending',
  '/problems/upload-missing': 'upload.error.generic',
};

/** The message for a failed upload: the file's problem when the server named one. */
export function uploadErrorKey(error: unknown): MessageKey {
  if (error instanceof ApiError) {
    const key = PROBLEM_KEYS[error.problem.type];
    if (key) return key;
    if (error.problem.type === 'about:blank' && error.status !== NETWORK_ERROR)
      return 'upload.error.generic';
  }
  return errorMessageKey(error);
}
