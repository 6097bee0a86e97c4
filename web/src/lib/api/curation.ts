import type {
  AccessibilityFeedback,
  AccessibilityFeedbackInput,
  AccessibilityFeedbackReceipt,
  Exhibition,
  ExhibitionDetail,
  ExhibitionInput,
  ExhibitionItem,
  ExhibitionItemRemoved,
  ExhibitionList,
  ExhibitionPatch,
  ExportFormat,
  CuratorNotice,
  Localized,
  MuseumPick,
  Page,
  StoryConsentList,
  Unpicked,
} from '$shared';
import { api, enc, query, send, type SendOptions } from './client';

/**
 * The curation context's calls (DESIGN §2 "Curation"): museum picks, exhibitions, kiosk data,
 * exports and the curators' notices.
 */

/** The museum's picks, newest first (public). */
export const listPicks = (cursor?: string | null) =>
  api<Page<MuseumPick>>('GET', `/picks${query({ cursor })}`);

/** Picks a story (or changes its note); curators only. */
export const pickStory = (storyId: string, note?: Localized) =>
  api<MuseumPick>('PUT', `/curation/picks/${enc(storyId)}`, note ? { note } : {});

/** Takes a story off the picks; curators only. */
export const unpickStory = (storyId: string) =>
  api<Unpicked>('DELETE', `/curation/picks/${enc(storyId)}`);

/** Published exhibitions; curators also get drafts. */
/** What the authors of up to 50 published stories allowed, in one request (the finder's page). */
export const listStoryConsents = (storyIds: string[]) =>
  api<StoryConsentList>(
    'GET',
    `/curation/story-consents${query({ storyIds: storyIds.join(',') })}`,
  );

export const listExhibitions = () => api<ExhibitionList>('GET', '/exhibitions');

/** One exhibition with its stories in order; 404 for a draft unless the caller is a curator. */
export const getExhibition = (id: string) =>
  api<ExhibitionDetail>('GET', `/exhibitions/${enc(id)}`);

/**
 * The exhibition as its JSON text, for the kiosk: it keeps the text to notice changes and to show
 * the last good copy offline. Pass `cache` and `signal` to poll without the browser's cache, and
 * `anonymous` for the public's view whoever is signed in (a gallery kiosk never sends a token).
 */
export const getExhibitionText = async (
  id: string,
  options: Pick<SendOptions, 'cache' | 'signal' | 'anonymous'> = {},
): Promise<string> => (await send('GET', `/exhibitions/${enc(id)}`, options)).text();

export const createExhibition = (input: ExhibitionInput) =>
  api<Exhibition>('POST', '/exhibitions', input);

export const updateExhibition = (id: string, input: ExhibitionPatch) =>
  api<Exhibition>('PATCH', `/exhibitions/${enc(id)}`, input);

export const setExhibitionPublished = (id: string, published: boolean) =>
  api<Exhibition>('POST', `/exhibitions/${enc(id)}/${published ? 'publish' : 'unpublish'}`);

/** Adds a story; 409 when it is not published or its author did not consent to exhibition use. */
export const addExhibitionItem = (id: string, storyId: string, caption?: Localized) =>
  api<ExhibitionItem>(
    'POST',
    `/exhibitions/${enc(id)}/items`,
    caption ? { storyId, caption } : { storyId },
  );

/** Sets the order of the exhibition's stories. */
export const orderExhibitionItems = (id: string, storyIds: string[]) =>
  api<ExhibitionDetail>('PUT', `/exhibitions/${enc(id)}/items`, { storyIds });

/** A new caption for a story in the exhibition, or none (`undefined` removes it); 404 when it is not in it. */
export const captionExhibitionItem = (id: string, storyId: string, caption?: Localized) =>
  api<ExhibitionItem>('PATCH', `/exhibitions/${enc(id)}/items/${enc(storyId)}`, {
    caption: caption ?? null,
  });

export const removeExhibitionItem = (id: string, storyId: string) =>
  api<ExhibitionItemRemoved>('DELETE', `/exhibitions/${enc(id)}/items/${enc(storyId)}`);

const EXPORT_TYPES: Record<ExportFormat, string> = {
  jsonld: 'application/ld+json',
  csv: 'text/csv',
};

/**
 * Fetches an export (curators only, so it needs the bearer token a plain link cannot send) and
 * returns it as a file for the browser to save.
 */
export async function downloadExport(id: string, format: ExportFormat): Promise<File> {
  const type = EXPORT_TYPES[format];
  const response = await send('GET', `/exhibitions/${enc(id)}/export${query({ format })}`, {
    accept: `${type}, application/problem+json`,
  });
  return new File([await response.blob()], `exhibition-${id}.${format}`, { type });
}

/** Consent withdrawals and other notices for curators, newest first. */
export const listCurationNotices = () => api<Page<CuratorNotice>>('GET', '/curation/notices');

/**
 * Sends feedback on a barrier. Always without the token: anyone may send it, the feedback is not
 * tied to an account, and an expired sign-in must not stand in the way.
 */
export const sendAccessibilityFeedback = async (
  input: AccessibilityFeedbackInput,
): Promise<AccessibilityFeedbackReceipt> =>
  (await send('POST', '/feedback/accessibility', { body: input, anonymous: true })).json();

/** Feedback on barriers, newest first; curators only. */
export const listAccessibilityFeedback = (cursor?: string | null) =>
  api<Page<AccessibilityFeedback>>('GET', `/curation/accessibility-feedback${query({ cursor })}`);
