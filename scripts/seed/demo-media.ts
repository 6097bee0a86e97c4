import type { StoredMedia, StoryMediaInput } from '../../shared/schemas/media';
import type { Db } from '../../functions/src/core/dynamo';
import { newId } from '../../functions/src/core/ids';
import { expiresAtAfter } from '../../functions/src/core/retention';
import type { MediaBucket } from '../../functions/src/core/s3';
import { publishMedia } from '../../functions/src/events/media-publisher';
import { UNATTACHED_DAYS } from '../../functions/src/media/keys';
import { processMedium } from '../../functions/src/media/processing';
import { createMediaRepository } from '../../functions/src/media/repository';
import type { DemoMedium } from './demo-content';
import { demoAsset } from './media/demo-media-assets';

/**
 * A demo story's photos and recording, made ready as an upload is: the file goes through the real
 * processing (checked, measured, re-encoded without metadata into `private/<id>/`), and the
 * medium's item is written ready in its author's partition, unattached. The story's submission
 * then attaches them by id, as the API does; each medium gets a new id, so seeding again (a new
 * table beside an old bucket, or the tests' shared bucket) never touches earlier files.
 */
export async function prepareDemoMedia(
  deps: { db: Db; media: MediaBucket },
  ownerSub: string,
  media: DemoMedium[],
  uploadedAt: Date,
  now: Date,
): Promise<StoryMediaInput[]> {
  const repository = createMediaRepository(deps.db);
  return Promise.all(
    media.map(async (medium) => {
      const file = await demoAsset(medium);
      const id = newId(uploadedAt);
      const processed = await processMedium(
        deps.media,
        { id, kind: medium.kind, declaredType: file.contentType },
        file.bytes,
      );
      if (!processed.ok) throw new Error(`Demo medium ${id} was refused: ${processed.reason}`);
      const measured = processed.value;
      await repository.putReady({
        id,
        ownerSub,
        kind: medium.kind,
        declaredType: file.contentType,
        declaredBytes: file.bytes.length,
        status: 'ready',
        createdAt: uploadedAt.toISOString(),
        // From the seed's own time, not the story's past: attaching removes it a moment later,
        // and an expiry already passed could let the table's TTL take the item before that.
        expiresAt: expiresAtAfter(now, UNATTACHED_DAYS),
        ...(measured.kind === 'image'
          ? { width: measured.width, height: measured.height }
          : { audioType: measured.audioType, durationSeconds: measured.durationSeconds }),
      });
      const texts = { caption: medium.caption, credit: medium.credit };
      return medium.kind === 'image'
        ? { id, kind: 'image' as const, alt: medium.alt, ...texts }
        : { id, kind: 'audio' as const, ...texts, transcript: medium.transcript };
    }),
  );
}

/**
 * The public copies of a published demo story's media. The seed publishes before any stream
 * handler runs (`npm start` starts the poller afterwards), so the media publisher never sees
 * those changes: this does its part once.
 */
export async function publishDemoMedia(bucket: MediaBucket, media: StoredMedia[] | undefined) {
  if (media?.length) await publishMedia(bucket, media);
}
