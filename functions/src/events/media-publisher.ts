import { CopyObjectCommand, DeleteObjectCommand } from '@aws-sdk/client-s3';
import {
  AUDIO_TYPES,
  IMAGE_WIDTHS,
  VARIANT_TYPES,
  type StoredMedia,
} from '../../../shared/schemas/media';
import {
  MEDIA_PATH,
  audioFile,
  mediaFiles,
  privateKey,
  publicKey,
  uploadKey,
  variantFile,
} from '../../../shared/media-files';
import type { Logger } from '../core/logger';
import type { MediaBucket } from '../core/s3';
import { mediaKeys } from '../media/keys';
import type { MediumRecord } from '../media/media-record';
import { storyKeys } from '../stories/keys';
import type { CdnInvalidator } from './cdn-invalidator';
import type { ChangeRecord, EventHandler } from './change-record';

export type MediaPublisherDeps = { bucket: MediaBucket; cdn: CdnInvalidator; log?: Logger };

/**
 * A public copy never changes under its name (a medium's id is new for every upload), so the CDN
 * may keep it for a year: taking it down is the CDN invalidation's job. Browsers keep it for an
 * hour only, because no invalidation reaches them and a withdrawn photo must stop showing.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=3600, s-maxage=31536000';

/**
 * A public copy is shown where the page puts it (an img or audio element), and a browser that
 * opens its URL directly shows it too, rather than saving a file under a name of its own choice.
 */
export const PUBLIC_CONTENT_DISPOSITION = 'inline';

/** What one change asks of the bucket. */
export type MediaWork = {
  /** Copy private → public: the story is published with these media. */
  publish: StoredMedia[];
  /** Delete the public copies (and invalidate them): no longer shown. */
  unpublish: StoredMedia[];
  /** Delete every file (public, private, the upload): the story itself is gone. */
  erase: StoredMedia[];
  /** Whether `erase` takes down copies that were public (then the CDN forgets them too). */
  erasedWerePublic: boolean;
  /** A medium that belonged to no story is gone (TTL, or its owner's erasure): its files too. */
  discard: { id: string; files: string[] }[];
};

const NOTHING: MediaWork = {
  publish: [],
  unpublish: [],
  erase: [],
  erasedWerePublic: false,
  discard: [],
};
const storySk = storyKeys.story('-').sk;
const isPublished = (image: Record<string, unknown> | undefined) => image?.status === 'published';
const mediaOf = (image: Record<string, unknown> | undefined) =>
  (Array.isArray(image?.media) ? image.media : []) as StoredMedia[];
const without = (media: StoredMedia[], others: StoredMedia[]) => {
  const ids = new Set(others.map((m) => m.id));
  return media.filter((m) => !ids.has(m.id));
};

/**
 * The processed files a medium item may have: all of a photo's, and the recording's by its
 * measured type (every possible one if it was never measured; deleting a missing key is fine).
 */
function filesOfMedium(record: Partial<MediumRecord>): string[] {
  if (record.kind === 'image')
    return IMAGE_WIDTHS.flatMap((width) => VARIANT_TYPES.map((type) => variantFile(width, type)));
  return record.audioType ? [audioFile(record.audioType)] : AUDIO_TYPES.map(audioFile);
}

/**
 * What a change means for the media bucket (DESIGN §9: visibility follows the story):
 * - a story's item published (newly, or with media added) → copy its media to `public/`;
 * - a published story's item leaving `published` (hidden by a moderator or by reports,
 *   withdrawn, online consent withdrawn) → delete its public copies; still published with
 *   media left out → delete theirs;
 * - a story's item deleted (erasure `delete`, or an unpublished story under `anonymise`) →
 *   delete every file of its media;
 * - a medium's item deleted while it names no story (its TTL ran out, or its owner's partition
 *   was erased) → delete its upload and processed files. An attached medium's item deleted with
 *   its owner's partition (erasure `anonymise`) leaves the files: the story still shows them,
 *   and the story's own deletion, if it comes, takes them.
 */
export function mediaWorkOf(change: ChangeRecord): MediaWork {
  const { pk, sk } = change.keys;
  const before = change.oldImage;
  const after = change.newImage;
  if (sk === storySk && pk.startsWith(storyKeys.partition(''))) {
    if (change.eventName === 'REMOVE') {
      const erase = mediaOf(before);
      return { ...NOTHING, erase, erasedWerePublic: isPublished(before) && erase.length > 0 };
    }
    const wasPublic = isPublished(before) ? mediaOf(before) : [];
    const isPublic = isPublished(after) ? mediaOf(after) : [];
    return {
      ...NOTHING,
      publish: without(isPublic, wasPublic),
      unpublish: without(wasPublic, isPublic),
    };
  }
  if (change.eventName === 'REMOVE' && sk.startsWith(mediaKeys.prefix) && before) {
    const record = before as Partial<MediumRecord>;
    if (record.storyId || typeof record.id !== 'string') return NOTHING;
    return { ...NOTHING, discard: [{ id: record.id, files: filesOfMedium(record) }] };
  }
  return NOTHING;
}

const publicPath = (id: string) => `${MEDIA_PATH}/${id}/*`;

/**
 * The bucket's side of publication, one medium at a time; every key is named by the medium's id
 * (shared/media-files.ts), so no listing is ever needed. Only single-object calls (CopyObject,
 * DeleteObject): the local S3 fails ListObjectsV2 and DeleteObjects.
 */
function mediaBucketFiles({ s3, bucket }: MediaBucket, log?: Logger) {
  const remove = (key: string) => s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));

  async function copy(medium: StoredMedia, file: string, contentType: string) {
    try {
      await s3.send(
        new CopyObjectCommand({
          Bucket: bucket,
          Key: publicKey(medium.id, file),
          CopySource: `${bucket}/${privateKey(medium.id, file)}`,
          MetadataDirective: 'REPLACE',
          ContentType: contentType,
          CacheControl: PUBLIC_CACHE_CONTROL,
          ContentDisposition: PUBLIC_CONTENT_DISPOSITION,
        }),
      );
    } catch (error) {
      // A processed file that is not there will not appear on a retry: say so and go on, rather
      // than hold back every later change behind this one.
      if ((error as { name?: string }).name !== 'NoSuchKey') throw error;
      log?.error('a published medium has no private file', { id: medium.id, file });
    }
  }

  const unpublish = (medium: StoredMedia) =>
    Promise.all(mediaFiles(medium).map(({ file }) => remove(publicKey(medium.id, file))));
  return {
    publish: (medium: StoredMedia) =>
      Promise.all(
        mediaFiles(medium).map(({ file, contentType }) => copy(medium, file, contentType)),
      ),
    unpublish,
    erase: (medium: StoredMedia) =>
      Promise.all([
        unpublish(medium),
        remove(uploadKey(medium.id)),
        ...mediaFiles(medium).map(({ file }) => remove(privateKey(medium.id, file))),
      ]),
    discard: ({ id, files }: MediaWork['discard'][number]) =>
      Promise.all([remove(uploadKey(id)), ...files.map((file) => remove(privateKey(id, file)))]),
  };
}

/**
 * Copies media to `public/` now, for content written before any stream handler runs (the demo
 * seed publishes its stories before `npm start` starts the poller, so no change reaches it).
 */
export async function publishMedia(bucket: MediaBucket, media: StoredMedia[]): Promise<void> {
  const files = mediaBucketFiles(bucket);
  await Promise.all(media.map(files.publish));
}

/**
 * The media publisher (catalogue entry `media-publisher`): makes the bucket follow each story's
 * visibility, change by change, in stream order. Idempotent: copying again overwrites a copy
 * with the same bytes, deleting a missing key answers 204, and the CDN invalidation's reference
 * is the change's event id.
 */
export function createMediaPublisher(deps: MediaPublisherDeps): EventHandler {
  const files = mediaBucketFiles(deps.bucket, deps.log);
  return async (changes) => {
    for (const change of changes) {
      const work = mediaWorkOf(change);
      await Promise.all([
        ...work.publish.map(files.publish),
        ...work.unpublish.map(files.unpublish),
        ...work.erase.map(files.erase),
        ...work.discard.map(files.discard),
      ]);
      const takenDown = [...work.unpublish, ...(work.erasedWerePublic ? work.erase : [])];
      if (takenDown.length) {
        await deps.cdn.invalidate(
          takenDown.map((m) => publicPath(m.id)),
          change.eventId,
        );
      }
      const counts = {
        published: work.publish.length,
        unpublished: work.unpublish.length,
        erased: work.erase.length,
        discarded: work.discard.length,
      };
      if (Object.values(counts).some(Boolean)) {
        // The story's or the medium's key, never the person's partition (a sub is personal).
        const item = change.keys.sk === storySk ? change.keys.pk : change.keys.sk;
        deps.log?.info('media bucket follows a change', { item, ...counts });
      }
    }
  };
}
