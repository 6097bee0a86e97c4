import type { ExportedMedium } from '../../../shared/schemas/personal-data';
import type { StoredMedia } from '../../../shared/schemas/media';
import type { PersonalMedia } from '../accounts/ports';
import type { MediaLibrary } from '../stories/ports';
import type { MediumRecord } from './media-record';

/**
 * The media context's part in the personal data export (the accounts port PersonalMedia): each
 * upload of the person's partition as processing left it, with its file at a private URL (the
 * library's, as a story's private view has them). Newest first, like the export's other lists.
 */
export function createPersonalMedia(library: MediaLibrary): PersonalMedia {
  return {
    async present(items) {
      const records = (items as unknown as MediumRecord[]).sort(
        (a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
      );
      return Promise.all(records.map((record) => exported(library, record)));
    },
  };
}

async function exported(library: MediaLibrary, record: MediumRecord): Promise<ExportedMedium> {
  const medium: ExportedMedium = {
    id: record.id,
    kind: record.kind,
    status: record.status,
    createdAt: record.createdAt,
    ...(record.storyId ? { storyId: record.storyId } : {}),
    ...(record.expiresAt ? { expiresAt: new Date(record.expiresAt * 1000).toISOString() } : {}),
  };
  const stored = storedOf(record);
  if (!stored) return medium;
  const [shown] = await library.signed([stored]);
  if (shown?.kind === 'audio') {
    const { contentType, durationSeconds, url } = shown;
    return { ...medium, contentType, durationSeconds, url };
  }
  const largest = shown?.variants.filter((v) => v.type === 'image/jpeg').at(-1);
  return { ...medium, width: record.width, height: record.height, url: largest?.url };
}

/** What the library signs: a processed medium without a story's texts (none are exported here). */
function storedOf(record: MediumRecord): StoredMedia | null {
  if (record.status !== 'ready') return null;
  if (record.kind === 'audio' && record.audioType && record.durationSeconds !== undefined) {
    const { audioType: contentType, durationSeconds } = record;
    return { id: record.id, kind: 'audio', contentType, durationSeconds };
  }
  if (record.kind === 'image' && record.width && record.height) {
    return { id: record.id, kind: 'image', alt: '', width: record.width, height: record.height };
  }
  return null;
}
