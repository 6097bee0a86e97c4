import {
  MEDIA_LIMITS,
  type MediaKind,
  type StoryMedia,
  type StoryMediaInput,
} from '$shared/schemas/media';
import { completeUpload, requestUpload, sendFile } from '$lib/api/media';
import {
  fromDraftMedia,
  fromStoryMedia,
  inStoryOrder,
  moveEntry,
  toDraftMedia,
  toMediaInput,
  toPreviewMedia,
  type DraftMedium,
  type MediaEntry,
} from './media-entries';
import { prepareImage } from './prepare-image';
import { uploadErrorKey } from './upload-errors';

let counter = 0;
const newKey = () => `m${Date.now().toString(36)}${(counter++).toString(36)}`;

/**
 * The story form's photos and recording, and their uploads: each file is prepared (photos in a
 * worker), sent to the presigned POST with its progress, then processed by the server. The files
 * themselves stay out of the state and out of drafts; only a retry needs them.
 */
export class MediaList {
  entries = $state<MediaEntry[]>([]);
  private files = new Map<string, { blob: Blob; type: string }>();
  private aborts = new Map<string, AbortController>();

  get photos(): MediaEntry[] {
    return this.entries.filter((entry) => entry.kind === 'image');
  }

  get audio(): MediaEntry | undefined {
    return this.entries.find((entry) => entry.kind === 'audio');
  }

  get canAddPhoto(): boolean {
    return this.photos.length < MEDIA_LIMITS.imagesPerStory;
  }

  /** Adds photos from the device, up to the limit; answers how many were left out. */
  addPhotos(files: readonly File[]): number {
    const room = MEDIA_LIMITS.imagesPerStory - this.photos.length;
    const taken = files.slice(0, Math.max(0, room));
    for (const file of taken) this.add('image', file, file.name, file.type);
    return files.length - taken.length;
  }

  /** Sets the recording (a file from the device or one made here), replacing any other. */
  setAudio(file: Blob, name: string, type: string, durationSeconds?: number): void {
    const current = this.audio;
    if (current) this.remove(current.key);
    const key = this.add('audio', file, name, type);
    if (durationSeconds !== undefined) this.update(key, { durationSeconds });
  }

  private add(kind: MediaKind, file: Blob, name: string, type: string): string {
    const key = newKey();
    this.files.set(key, { blob: file, type });
    this.entries = inStoryOrder([
      ...this.entries,
      {
        key,
        kind,
        id: null,
        status: 'preparing',
        progress: 0,
        error: null,
        previewUrl: URL.createObjectURL(file),
        name,
        alt: '',
        caption: '',
        credit: '',
        transcript: '',
        contentType: type,
      },
    ]);
    void this.upload(key);
    return key;
  }

  /** The entry under `key` (the live, reactive one). */
  entry(key: string): MediaEntry | undefined {
    return this.entries.find((entry) => entry.key === key);
  }

  private update(key: string, change: Partial<MediaEntry>): void {
    const entry = this.entry(key);
    if (entry) Object.assign(entry, change);
  }

  /** Prepares, sends and completes one file; a failure stays on the entry with a retry. */
  private async upload(key: string): Promise<void> {
    const file = this.files.get(key);
    const entry = this.entry(key);
    if (!file || !entry) return;
    const abort = new AbortController();
    this.aborts.set(key, abort);
    this.update(key, { status: 'preparing', progress: 0, error: null });
    try {
      let { blob, type } = file;
      if (entry.kind === 'image') {
        const prepared = await prepareImage(blob);
        ({ blob, type } = prepared);
        this.replacePreview(key, blob, { width: prepared.width, height: prepared.height });
      }
      if (abort.signal.aborted) return;
      const { id, upload } = await requestUpload(entry.kind, type, blob.size);
      this.update(key, { id, status: 'uploading' });
      await sendFile(upload, blob, (progress) => this.update(key, { progress }), abort.signal);
      this.update(key, { status: 'processing', progress: 1 });
      const ready = await completeUpload(id);
      if (abort.signal.aborted) return;
      this.draftPreviews.set(key, ready.previewUrl);
      this.update(key, {
        status: 'ready',
        width: ready.width ?? this.entry(key)?.width,
        height: ready.height ?? this.entry(key)?.height,
        durationSeconds: ready.durationSeconds ?? this.entry(key)?.durationSeconds,
      });
      // The blob: preview stays: it is already shown, and the private URL expires in an hour.
      this.files.delete(key);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.update(key, { status: 'failed', error: uploadErrorKey(error) });
    } finally {
      this.aborts.delete(key);
    }
  }

  /** The server's preview of each finished upload, which a draft keeps (a blob: URL dies with the page). */
  private draftPreviews = new Map<string, string>();

  private replacePreview(key: string, blob: Blob, size: { width?: number; height?: number }) {
    const entry = this.entry(key);
    if (!entry) return;
    URL.revokeObjectURL(entry.previewUrl);
    this.update(key, { previewUrl: URL.createObjectURL(blob), ...size });
  }

  /** Tries a failed upload again with the same file. */
  retry(key: string): void {
    if (this.files.has(key)) void this.upload(key);
  }

  /** Removes an entry; an upload in progress is stopped (the server lets the upload expire). */
  remove(key: string): void {
    this.aborts.get(key)?.abort();
    const entry = this.entry(key);
    if (entry?.previewUrl.startsWith('blob:')) URL.revokeObjectURL(entry.previewUrl);
    this.files.delete(key);
    this.draftPreviews.delete(key);
    this.entries = this.entries.filter((e) => e.key !== key);
  }

  /** Moves a photo up (-1) or down (+1) among the photos. */
  move(key: string, delta: number): void {
    this.entries = moveEntry(this.entries, key, delta);
  }

  /** The story's `media` (see toMediaInput for entries not yet uploaded). */
  toInput(): StoryMediaInput[] {
    return toMediaInput(this.entries);
  }

  /** The media as the preview shows them. */
  toPreview(): StoryMedia[] {
    return toPreviewMedia(this.entries);
  }

  /** What a draft keeps: finished uploads with the server's preview URL instead of a blob: one. */
  snapshot(): DraftMedium[] {
    return toDraftMedia(
      this.entries.map((entry) => ({
        ...entry,
        previewUrl: this.draftPreviews.get(entry.key) ?? entry.previewUrl,
      })),
    );
  }

  /** Replaces the entries with a draft's. */
  restore(media: unknown): void {
    for (const entry of this.entries) this.remove(entry.key);
    this.entries = inStoryOrder(fromDraftMedia(media, newKey));
  }

  /** A list with a story's media, for its author's edit. */
  static fromStory(media: readonly StoryMedia[]): MediaList {
    const list = new MediaList();
    list.entries = inStoryOrder(fromStoryMedia(media, newKey));
    return list;
  }
}
