import type { DevToken } from '$shared';
import { api } from './client';

/** The local development issuer (DESIGN §2 "Auth"); every call is a 404 in production. */

/** A token for a demo persona. */
export const requestDevToken = (persona: { sub: string; name: string; groups: string[] }) =>
  api<DevToken>('POST', '/dev/token', persona);
