/**
 * Who the repository is, for one deployment: its base URL, the host its identifiers are
 * named by (`oai:<host>:story/<id>`, the protocol's oai-identifier scheme) and its contact.
 */
export type RepositoryInfo = {
  name: string;
  baseUrl: string;
  host: string;
  adminEmail: string;
  storyUrl: (storyId: string) => string;
};

export const REPOSITORY_NAME = 'Ruhr Stories – Erinnerungen aus dem Ruhrgebiet';

/** From the site's origin (SITE_URL, else the request's own). */
export function repositoryInfo(origin: string, adminEmail: string): RepositoryInfo {
  return {
    name: REPOSITORY_NAME,
    baseUrl: `${origin}/api/oai`,
    host: new URL(origin).hostname,
    adminEmail,
    storyUrl: (storyId) => `${origin}/stories/${storyId}`,
  };
}

export const identifierOf = (info: RepositoryInfo, storyId: string) =>
  `oai:${info.host}:story/${storyId}`;

/** The story id an identifier names, if it is one of this repository's. */
export function storyIdOf(info: RepositoryInfo, identifier: string): string | null {
  const prefix = `oai:${info.host}:story/`;
  if (!identifier.startsWith(prefix)) return null;
  const id = identifier.slice(prefix.length);
  return /^[0-9A-HJKMNP-TV-Z]{26}$/.test(id) ? id : null;
}
