import type { PersonalDataExport } from '$shared';
import { send } from './client';

/** The personal data calls of the accounts context (DESIGN §7, GDPR Art. 15, 17, 20). */

export type { PersonalDataExport };

/** The file name the server gives in `Content-Disposition`, else one of the same pattern. */
function fileNameOf(disposition: string | null): string {
  const named = /filename="([^"]+)"/.exec(disposition ?? '')?.[1];
  return named ?? `ruhr-stories-${new Date().toISOString().slice(0, 10)}.json`;
}

/**
 * Fetches the caller's data export (`GET /api/me/export`) as a file for the browser to save. It
 * needs the bearer token, which a plain link cannot send; a 429 is an `ApiError` with `retryAfter`.
 */
export async function downloadMyData(): Promise<File> {
  const response = await send('GET', '/me/export', {
    accept: 'application/json, application/problem+json',
    cache: 'no-store',
  });
  const name = fileNameOf(response.headers.get('content-disposition'));
  return new File([await response.blob()], name, { type: 'application/json' });
}
