import { GetObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { StoredMedia, StoryMedia, StoryMediaInput } from '../../../shared/schemas/media';
import { presentMedia, privateKey } from '../../../shared/media-files';
import type { Db } from '../core/dynamo';
import { fail, ok, type Result } from '../core/result';
import { expiresAtAfter } from '../core/retention';
import type { MediaBucket } from '../core/s3';
import type { TransactItem } from '../core/transact';
import { mediaKeys, UNATTACHED_DAYS } from './keys';
import type { MediumRecord } from './media-record';
import type { AttachProblem, MediaAttachment, MediaLibrary } from '../stories/ports';

/** How long a private view's URLs work: long enough to read a story, short enough to not leak. */
export const PRIVATE_URL_SECONDS = 60 * 60;

/**
 * The media context's part in a story (the stories port MediaLibrary, wired in the composition
 * root): attaching what an author uploaded, and the private URLs of a story not yet published.
 */
export function createMediaLibrary(db: Db, bucket: MediaBucket, now: () => Date): MediaLibrary {
  const TableName = db.tableName;
  return {
    async attach(
      ownerSub: string,
      storyId: string,
      inputs: StoryMediaInput[],
      previous: StoredMedia[] = [],
    ): Promise<Result<MediaAttachment, AttachProblem>> {
      const media: StoredMedia[] = [];
      const items: TransactItem[] = [];
      const kept = new Set(previous.map((m) => m.id));
      for (const input of inputs) {
        const { Item } = await db.doc.send(
          new GetCommand({
            TableName,
            Key: mediaKeys.medium(ownerSub, input.id),
            ConsistentRead: true,
          }),
        );
        const record = Item as MediumRecord | undefined;
        if (!record || (record.storyId && record.storyId !== storyId))
          return fail('media-not-found');
        if (record.status !== 'ready') return fail('media-not-ready');
        if (record.kind !== input.kind) return fail('media-kind-mismatch');
        media.push(storedMedium(input, record));
        kept.delete(input.id);
        items.push({
          Update: {
            TableName,
            Key: mediaKeys.medium(ownerSub, input.id),
            UpdateExpression: 'SET storyId = :story REMOVE expiresAt',
            ConditionExpression:
              '#status = :ready AND (attribute_not_exists(storyId) OR storyId = :story)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':story': storyId, ':ready': 'ready' },
          },
        });
      }
      // Left out by an edit: no longer the story's, so it expires like any unattached upload.
      for (const id of kept) {
        items.push({
          Update: {
            TableName,
            Key: mediaKeys.medium(ownerSub, id),
            UpdateExpression: 'REMOVE storyId SET expiresAt = :expires',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':expires': expiresAtAfter(now(), UNATTACHED_DAYS) },
          },
        });
      }
      return ok({ media, items });
    },

    /** The media with presigned URLs of their private files, for the author and moderators. */
    async signed(media: StoredMedia[] | undefined): Promise<StoryMedia[]> {
      return Promise.all(
        (media ?? []).map(async (medium) => {
          const urls = new Map<string, string>();
          const files = presentMedia(medium, (file) => file);
          const names = files.kind === 'audio' ? [files.url] : files.variants.map((v) => v.url);
          await Promise.all(
            names.map(async (file) =>
              urls.set(
                file,
                await getSignedUrl(
                  bucket.s3,
                  new GetObjectCommand({ Bucket: bucket.bucket, Key: privateKey(medium.id, file) }),
                  { expiresIn: PRIVATE_URL_SECONDS },
                ),
              ),
            ),
          );
          return presentMedia(medium, (file) => urls.get(file)!);
        }),
      );
    },
  };
}

/** What the story keeps of a medium: the author's texts and what processing measured. */
function storedMedium(input: StoryMediaInput, record: MediumRecord): StoredMedia {
  if (input.kind === 'audio') {
    return { ...input, contentType: record.audioType!, durationSeconds: record.durationSeconds! };
  }
  return { ...input, width: record.width!, height: record.height! };
}
