import type { ClientConfig } from '$shared/schemas/client-config';
import { api } from './client';

/** `GET /api/config` (public): where the web app signs people in (DESIGN §7). */
export type SiteConfig = ClientConfig;

let loaded: Promise<SiteConfig> | null = null;

/** The site's configuration, asked for once per page load (a failure is asked again next time). */
export function getSiteConfig(): Promise<SiteConfig> {
  loaded ??= api<SiteConfig>('GET', '/config').catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}
