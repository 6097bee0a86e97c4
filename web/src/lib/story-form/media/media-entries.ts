import type { AudioType, MediaKind, StoryMedia, StoryMediaInput } from '$shared/schemas/media';

/*
 * The photos and the recording of the story form as plain data, and what becomes of them: the
 * story's `media` (DESIGN §9), a draft's copy, the preview's. The upload itself is
 * ./media-list.svelte.ts; these functions are pure so that they can be tested without a browser.
 */

/** Where one file is on its way: prepared in the browser, sent to storage, processed, done. */
export type UploadStatus = 'preparing' | 'uploading' | 'processing' | 'ready' | 'failed';

/** One photo or recording of the form. */
export type MediaEntry = {
  /** This browser's own name for the entry: it exists before the server's id does. */
  key: string;
  kind: MediaKind;
  /** The server's media id once the upload was requested; null before. */
  id: string | null;
  status: UploadStatus;
  /** The share of the file sent so far, 0..1. */
  progress: number;
  /** A message key when the upload failed. */
  error: string | null;
  /** What the form shows: a blob: URL of the prepared file, or the server's private preview. */
  previewUrl: string;
  /** The file's name on the device, or the recording's, for labels. */
  name: string;
  alt: string;
  caption: string;
  credit: string;
  transcript: string;
  width?: number;
  height?: number;
  contentType?: string;
  durationSeconds?: number;
};

/** What a draft keeps of a finished upload: its id and its texts, never the file. */
export type DraftMedium = Pick<
  MediaEntry,
  | 'id'
  | 'kind'
  | 'previewUrl'
  | 'name'
  | 'alt'
  | 'caption'
  | 'credit'
  | 'transcript'
  | 'width'
  | 'height'
  | 'contentType'
  | 'durationSeconds'
>;

const optional = (text: string) => text.trim() || undefined;

/**
 * The story's `media`, one item per entry in the form's order. An entry still uploading (or
 * failed) has an empty id, which the schema refuses at `media.<n>.id`: the form says so there.
 */
export function toMediaInput(entries: readonly MediaEntry[]): StoryMediaInput[] {
  return entries.map((entry) => {
    const id = entry.status === 'ready' ? (entry.id ?? '') : '';
    const texts = { caption: optional(entry.caption), credit: optional(entry.credit) };
    return entry.kind === 'image'
      ? { id, kind: 'image', alt: entry.alt.trim(), ...texts }
      : { id, kind: 'audio', ...texts, transcript: optional(entry.transcript) };
  });
}

/** The entries with the one under `key` moved `delta` places among those of its kind. */
export function moveEntry(entries: readonly MediaEntry[], key: string, delta: number) {
  const from = entries.findIndex((entry) => entry.key === key);
  const to = from + delta;
  const moving = entries[from];
  if (!moving || to < 0 || to >= entries.length || entries[to]?.kind !== moving.kind)
    return [...entries];
  const moved = [...entries];
  moved.splice(from, 1);
  moved.splice(to, 0, moving);
  return moved;
}

/** Photos first, the recording last: the order the story's media keep. */
export const inStoryOrder = (entries: readonly MediaEntry[]) => [
  ...entries.filter((entry) => entry.kind === 'image'),
  ...entries.filter((entry) => entry.kind === 'audio'),
];

/** What a draft stores: the finished uploads only (a file in transit cannot be resumed). */
export function toDraftMedia(entries: readonly MediaEntry[]): DraftMedium[] {
  return entries
    .filter((entry) => entry.status === 'ready' && entry.id)
    .map(({ key: _key, status: _status, progress: _progress, error: _error, ...kept }) => kept);
}

/** Entries from a draft, each finished; anything that is not a medium is left out. */
export function fromDraftMedia(media: unknown, newKey: () => string): MediaEntry[] {
  if (!Array.isArray(media)) return [];
  return media
    .filter(
      (m): m is DraftMedium =>
        typeof m === 'object' &&
        m !== null &&
        typeof (m as DraftMedium).id === 'string' &&
        ((m as DraftMedium).kind === 'image' || (m as DraftMedium).kind === 'audio'),
    )
    .map((m) => ({
      ...m,
      key: newKey(),
      status: 'ready' as const,
      progress: 1,
      error: null,
      name: String(m.name ?? ''),
      alt: String(m.alt ?? ''),
      caption: String(m.caption ?? ''),
      credit: String(m.credit ?? ''),
      transcript: String(m.transcript ?? ''),
      previewUrl: String(m.previewUrl ?? ''),
    }));
}

/** Entries for a story's media as its author sees them (private URLs), for the edit form. */
export function fromStoryMedia(media: readonly StoryMedia[], newKey: () => string): MediaEntry[] {
  return media.map((m) => {
    const common = {
      key: newKey(),
      id: m.id,
      status: 'ready' as const,
      progress: 1,
      error: null,
      name: '',
      caption: m.caption ?? '',
      credit: m.credit ?? '',
    };
    if (m.kind === 'image') {
      const smallest = m.variants.find((v) => v.type === 'image/jpeg') ?? m.variants[0];
      return {
        ...common,
        kind: 'image' as const,
        previewUrl: smallest?.url ?? '',
        alt: m.alt,
        transcript: '',
        width: m.width,
        height: m.height,
      };
    }
    return {
      ...common,
      kind: 'audio' as const,
      previewUrl: m.url,
      alt: '',
      transcript: m.transcript ?? '',
      contentType: m.contentType,
      durationSeconds: m.durationSeconds,
    };
  });
}

/** The audio type a recording is stored as, from a content type with parameters. */
export const audioTypeOf = (contentType: string | undefined): AudioType => {
  const base = (contentType ?? '').split(';')[0]?.trim();
  return base === 'audio/mp4' || base === 'audio/mpeg' || base === 'audio/wav'
    ? base
    : 'audio/webm';
};

/** The story's media as the display components take them, for the preview before sending. */
export function toPreviewMedia(entries: readonly MediaEntry[]): StoryMedia[] {
  return entries
    .filter((entry) => entry.status === 'ready')
    .map((entry) => {
      const texts = {
        id: entry.id ?? entry.key,
        caption: optional(entry.caption),
        credit: optional(entry.credit),
      };
      if (entry.kind === 'image') {
        const width = entry.width ?? 1200;
        const height = entry.height ?? 800;
        return {
          ...texts,
          kind: 'image' as const,
          alt: entry.alt.trim(),
          width,
          height,
          variants: [{ width, type: 'image/jpeg' as const, url: entry.previewUrl }],
        };
      }
      return {
        ...texts,
        kind: 'audio' as const,
        transcript: optional(entry.transcript),
        contentType: audioTypeOf(entry.contentType),
        durationSeconds: entry.durationSeconds ?? 0,
        url: entry.previewUrl,
      };
    });
}
