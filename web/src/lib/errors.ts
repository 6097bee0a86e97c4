import { ApiError, NETWORK_ERROR } from './api/client';
import { t, tn, type MessageKey } from './i18n';

/** The friendly message for a failed request, by status; the server's English detail is not shown. */
export function errorMessageKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'error.generic';
  const { status } = error;
  if (status === NETWORK_ERROR) return 'error.network';
  if (status === 401) return 'error.unauthorized';
  if (status === 403) return 'error.forbidden';
  if (status === 404) return 'error.notFound';
  if (status === 409) return 'error.conflict';
  if (status === 429) return 'error.rateLimited';
  if (status >= 500) return 'error.server';
  return 'error.generic';
}

/** The message for a failed request; a rate limit also says how long to wait (`Retry-After`). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 429 && error.retryAfter) {
    return tn('error.rateLimited.wait', Math.ceil(error.retryAfter / 60));
  }
  return t(errorMessageKey(error));
}

export const isStatus = (error: unknown, status: number): boolean =>
  error instanceof ApiError && error.status === status;
