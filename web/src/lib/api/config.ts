import { api } from './client';

/** `GET /api/config` (public): where the web app signs people in (DESIGN §7). */
export type SiteConfig = {
  auth: { issuer: string; clientId: string; scopes: string; logoutEndpoint: string };
  siteUrl: string;
  /** True only with the local development issuer: the login page may offer its shortcut. */
  devSignIn: boolean;
};

let loaded: Promise<SiteConfig> | null = null;

/** The site's configuration, asked for once per page load (a failure is asked again next time). */
export function getSiteConfig(): Promise<SiteConfig> {
  loaded ??= api<SiteConfig>('GET', '/config').catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}
