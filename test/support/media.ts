import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AudioType, MediaKind, StoredMedia } from '../../shared/schemas/media';
import { mediaFiles, privateKey } from '../../shared/media-files';
import { newId } from '../../functions/src/core/ids';
import { expiresAtAfter } from '../../functions/src/core/retention';
import { mediaKeys, UNATTACHED_DAYS } from '../../functions/src/media/keys';
import type { MediumRecord } from '../../functions/src/media/media-record';
import type { Persona, TestApp } from './test-app';

/** What processing measured of a test medium: a 2000 × 1500 photo, or a two-minute WebM. */
const MEASURED = {
  image: { width: 2000, height: 1500 },
  audio: { audioType: 'audio/webm' as AudioType, durationSeconds: 120 },
};

/**
 * A medium as the media context leaves it once processed (DESIGN §9), put straight into the
 * owner's partition, unattached (it expires in a day, as an upload does). `status: 'uploading'`
 * for one not completed yet; `files: true` also writes its processed files under `private/<id>/`
 * (a few bytes each, named as `mediaFiles` names them), for tests that fetch them.
 */
export async function putReadyMedium(
  t: TestApp,
  owner: Pick<Persona, 'sub'>,
  kind: MediaKind,
  options: { status?: MediumRecord['status']; files?: boolean } = {},
): Promise<MediumRecord> {
  const now = t.deps.now();
  const record: MediumRecord = {
    id: newId(now),
    ownerSub: owner.sub,
    kind,
    declaredType: kind === 'image' ? 'image/jpeg' : 'audio/webm',
    declaredBytes: 4096,
    status: options.status ?? 'ready',
    createdAt: now.toISOString(),
    expiresAt: expiresAtAfter(now, UNATTACHED_DAYS),
    ...(options.status === 'uploading' ? {} : MEASURED[kind]),
  };
  await t.deps.db.doc.send(
    new PutCommand({
      TableName: t.deps.db.tableName,
      Item: { ...mediaKeys.medium(owner.sub, record.id), entity: 'media', ...record },
    }),
  );
  if (options.files) await putPrivateFiles(t, storedOf(record));
  return record;
}

/** The medium as a story stores it, with the author's texts left out (for `mediaFiles`). */
function storedOf(record: MediumRecord): StoredMedia {
  return record.kind === 'image'
    ? { id: record.id, kind: 'image', alt: 'x', width: record.width!, height: record.height! }
    : {
        id: record.id,
        kind: 'audio',
        contentType: record.audioType!,
        durationSeconds: record.durationSeconds!,
      };
}

/** Small stand-ins for the processed files: their names and types are what counts here. */
async function putPrivateFiles(t: TestApp, media: StoredMedia) {
  const { s3, bucket } = t.deps.media;
  for (const { file, contentType } of mediaFiles(media)) {
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: privateKey(media.id, file),
        Body: `${media.id}/${file}`,
        ContentType: contentType,
      }),
    );
  }
}

/** The medium's item as it is now (attached or not, expiring or not). */
export async function mediumItem(t: TestApp, owner: Pick<Persona, 'sub'>, id: string) {
  const out = await t.deps.db.doc.send(
    new GetCommand({
      TableName: t.deps.db.tableName,
      Key: mediaKeys.medium(owner.sub, id),
      ConsistentRead: true,
    }),
  );
  return out.Item as (MediumRecord & { entity: string }) | undefined;
}
