import type {
  ConsentPatch,
  CuratorNotice,
  Exhibition,
  ExhibitionDetail,
  ExhibitionInput,
  ExhibitionPatch,
  FeedQuery,
  Localized,
  MuseumPick,
  StoryCard,
} from '$shared';
import { api, ApiError, NETWORK_ERROR, type Page } from './api';
import { getToken } from './auth-token';

/**
 * The curation context's calls (DESIGN §2 "Curation"): museum picks, exhibitions, kiosk data,
 * exports and consent after publication. Kept beside `api.ts` so that module stays the residents'
 * client; both go through the same `api()` function and the shared schemas' types.
 */

const enc = encodeURIComponent;

const query = (params: Record<string, string | number | boolean | null | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

export type StoryFilter = Partial<Pick<FeedQuery, 'sort' | 'theme' | 'decade' | 'language'>>;

/** The public feed with its filters (theme, decade, language, sort). */
export const findStories = (filter: StoryFilter & { limit?: number; cursor?: string | null }) =>
  api<Page<StoryCard>>('GET', `/stories${query(filter)}`);

/** The museum's picks, newest first (public). */
export const listPicks = (cursor?: string | null) =>
  api<Page<MuseumPick>>('GET', `/picks${query({ cursor })}`);

/** Picks a story (or changes its note); curators only. */
export const pickStory = (storyId: string, note?: Localized) =>
  api<unknown>('PUT', `/curation/picks/${enc(storyId)}`, note ? { note } : {});

/** Takes a story off the picks; curators only. */
export const unpickStory = (storyId: string) =>
  api<unknown>('DELETE', `/curation/picks/${enc(storyId)}`);

/** Published exhibitions; curators also get drafts. */
export const listExhibitions = () => api<{ items: Exhibition[] }>('GET', '/exhibitions');

/** One exhibition with its stories in order; 404 for a draft unless the caller is a curator. */
export const getExhibition = (id: string) =>
  api<ExhibitionDetail>('GET', `/exhibitions/${enc(id)}`);

export const createExhibition = (input: ExhibitionInput) =>
  api<Exhibition>('POST', '/exhibitions', input);

export const updateExhibition = (id: string, input: ExhibitionPatch) =>
  api<Exhibition>('PATCH', `/exhibitions/${enc(id)}`, input);

export const setExhibitionPublished = (id: string, published: boolean) =>
  api<Exhibition>('POST', `/exhibitions/${enc(id)}/${published ? 'publish' : 'unpublish'}`);

/** Adds a story; 409 when it is not published or its author did not consent to exhibition use. */
export const addExhibitionItem = (id: string, storyId: string, caption?: Localized) =>
  api<unknown>(
    'POST',
    `/exhibitions/${enc(id)}/items`,
    caption ? { storyId, caption } : { storyId },
  );

/** Sets the order of the exhibition's stories. */
export const orderExhibitionItems = (id: string, storyIds: string[]) =>
  api<unknown>('PUT', `/exhibitions/${enc(id)}/items`, { storyIds });

export const removeExhibitionItem = (id: string, storyId: string) =>
  api<unknown>('DELETE', `/exhibitions/${enc(id)}/items/${enc(storyId)}`);

export type ExportFormat = 'jsonld' | 'csv';

/**
 * Fetches an export (curators only, so it needs the bearer token a plain link cannot send) and
 * returns it as a file for the browser to save.
 */
export async function downloadExport(id: string, format: ExportFormat): Promise<File> {
  const token = getToken();
  const response = await fetch(`/api/exhibitions/${enc(id)}/export${query({ format })}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  }).catch((cause: unknown) => {
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: NETWORK_ERROR,
      detail: String(cause),
    });
  });
  if (!response.ok) {
    throw new ApiError({
      type: 'about:blank',
      title: response.statusText,
      status: response.status,
      detail: '',
    });
  }
  const type = format === 'csv' ? 'text/csv' : 'application/ld+json';
  return new File(
    [await response.blob()],
    `exhibition-${id}.${format === 'csv' ? 'csv' : 'jsonld'}`,
    { type },
  );
}

/** Consent withdrawals and other notices for curators, newest first. */
export const listCurationNotices = () => api<Page<CuratorNotice>>('GET', '/curation/notices');

/** The author withdraws one or more uses of their story. */
export const withdrawConsent = (storyId: string, withdrawal: ConsentPatch) =>
  api<unknown>('PATCH', `/stories/${enc(storyId)}/consent`, withdrawal);
