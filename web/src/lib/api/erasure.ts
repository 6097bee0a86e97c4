import type { AccountErased, ErasureChoice } from '$shared';
import { api } from './client';

/**
 * `DELETE /api/me` (DESIGN §7, GDPR Art. 17): erases the caller's account; `delete` removes their
 * stories and comments, `anonymise` keeps the published ones as "anonym".
 */
export const eraseAccount = (contributions: ErasureChoice) =>
  api<AccountErased>('DELETE', '/me', { contributions });
