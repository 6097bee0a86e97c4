import type { AudioType, MediaKind } from '../../../shared/schemas/media';

/**
 * A medium as stored, from the upload's request to its processing. While it belongs to no story
 * it carries `expiresAt` (a day): the table's TTL removes it, and the media publisher then
 * deletes its files. Attached, it names the story and no longer expires; the story's own item
 * holds what payloads show (StoredMedia).
 */
export type MediumRecord = {
  id: string;
  ownerSub: string;
  kind: MediaKind;
  /** What the upload's request declared (the POST policy's conditions). */
  declaredType: string;
  declaredBytes: number;
  status: 'uploading' | 'ready';
  createdAt: string;
  /** Epoch seconds; absent once attached to a story. */
  expiresAt?: number;
  storyId?: string;
  /** Measured by processing. */
  width?: number;
  height?: number;
  audioType?: AudioType;
  durationSeconds?: number;
};
