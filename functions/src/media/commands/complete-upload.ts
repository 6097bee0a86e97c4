import {
  DeleteObjectCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  NoSuchKey,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { IMAGE_WIDTHS, type MediaReady } from '../../../../shared/schemas/media';
import { audioFile, privateKey, uploadKey, variantFile } from '../../../../shared/media-files';
import { fail, ok, type Result } from '../../core/result';
import type { MediaBucket } from '../../core/s3';
import type { MediaContext } from '../context';
import { PRIVATE_URL_SECONDS } from '../library';
import type { MediumRecord } from '../media-record';
import { processMediumWithDetail, type ProcessingFailure } from '../processing';
import { byteLimit } from '../upload-policy';

export type CompleteUploadProblem =
  | { problem: 'not-found' | 'upload-missing' | 'scan-pending' | 'media-infected' }
  | { problem: 'larger-than-declared' }
  | ProcessingFailure;

/** The tag GuardDuty Malware Protection for S3 puts on every object it scanned. */
export const SCAN_STATUS_TAG = 'GuardDutyMalwareScanStatus';

/**
 * The uploaded file arrived: once GuardDuty found it clean (where it scans), it is read, checked
 * and processed into its private files (../processing), the upload is deleted, and the item is
 * marked ready with what was measured. A file that is not what it may be is deleted too: sending
 * it again would not change it. Completing a medium that is ready already answers it again.
 */
export async function completeUpload(
  context: MediaContext,
  sub: string,
  id: string,
): Promise<Result<MediaReady, CompleteUploadProblem>> {
  const record = await context.media.get(sub, id);
  if (!record) return fail({ problem: 'not-found' });
  if (record.status === 'ready') return ok(await readyAnswer(context.bucket, record));
  const { bucket } = context;
  const key = uploadKey(id);

  if (context.malwareScan === 'guardduty') {
    const verdict = await scanVerdict(bucket, key);
    if (verdict === 'missing') return fail({ problem: 'upload-missing' });
    if (verdict === 'pending') return fail({ problem: 'scan-pending' });
    if (verdict === 'THREATS_FOUND') {
      await deleteUpload(bucket, key);
      return fail({ problem: 'media-infected' });
    }
    if (verdict !== 'NO_THREATS_FOUND') {
      // UNSUPPORTED, ACCESS_DENIED, FAILED: nothing says the file is safe.
      await deleteUpload(bucket, key);
      return fail({
        problem: 'media-unreadable',
        detail: 'The file could not be checked for malware, so it was deleted.',
      });
    }
  }

  const bytes = await readUpload(bucket, key, record);
  if (bytes === 'missing') return fail({ problem: 'upload-missing' });
  if (bytes === 'too-large') {
    await deleteUpload(bucket, key);
    return fail({ problem: 'larger-than-declared' });
  }
  const processed = await processMediumWithDetail(bucket, record, bytes);
  await deleteUpload(bucket, key);
  if (!processed.ok) return processed;

  const measured = processed.value;
  const ready: MediumRecord =
    measured.kind === 'image'
      ? { ...record, status: 'ready', width: measured.width, height: measured.height }
      : { ...record, status: 'ready', ...measured };
  if (!(await context.media.markReady(record, measured))) {
    // A second completion of the same upload won the race: the stored one is the answer.
    const stored = await context.media.get(sub, id);
    if (!stored || stored.status !== 'ready') return fail({ problem: 'upload-missing' });
    return ok(await readyAnswer(bucket, stored));
  }
  return ok(await readyAnswer(bucket, ready));
}

type Verdict = 'missing' | 'pending' | string;

async function scanVerdict(bucket: MediaBucket, key: string): Promise<Verdict> {
  try {
    const { TagSet } = await bucket.s3.send(
      new GetObjectTaggingCommand({ Bucket: bucket.bucket, Key: key }),
    );
    return TagSet?.find((tag) => tag.Key === SCAN_STATUS_TAG)?.Value ?? 'pending';
  } catch (error) {
    if (isMissing(error)) return 'missing';
    throw error;
  }
}

/** The upload's bytes; never more than it declared (the POST policy's limit, checked again). */
async function readUpload(
  bucket: MediaBucket,
  key: string,
  record: MediumRecord,
): Promise<Uint8Array | 'missing' | 'too-large'> {
  const limit = Math.min(record.declaredBytes, byteLimit(record.kind));
  try {
    const object = await bucket.s3.send(new GetObjectCommand({ Bucket: bucket.bucket, Key: key }));
    if ((object.ContentLength ?? 0) > limit) {
      await object.Body?.transformToWebStream().cancel();
      return 'too-large';
    }
    const bytes = await object.Body!.transformToByteArray();
    return bytes.length > limit ? 'too-large' : bytes;
  } catch (error) {
    if (isMissing(error)) return 'missing';
    throw error;
  }
}

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey ||
  (error as { name?: string }).name === 'NoSuchKey' ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

const deleteUpload = (bucket: MediaBucket, key: string) =>
  bucket.s3.send(new DeleteObjectCommand({ Bucket: bucket.bucket, Key: key }));

/** The answer for a ready medium: a private URL of its smallest JPEG, or of the recording. */
async function readyAnswer(bucket: MediaBucket, record: MediumRecord): Promise<MediaReady> {
  const file =
    record.kind === 'image'
      ? variantFile(IMAGE_WIDTHS[0], 'image/jpeg')
      : audioFile(record.audioType!);
  const previewUrl = await getSignedUrl(
    bucket.s3,
    new GetObjectCommand({ Bucket: bucket.bucket, Key: privateKey(record.id, file) }),
    { expiresIn: PRIVATE_URL_SECONDS },
  );
  return {
    id: record.id,
    kind: record.kind,
    status: 'ready',
    previewUrl,
    ...(record.kind === 'image'
      ? { width: record.width, height: record.height }
      : { durationSeconds: record.durationSeconds }),
  };
}
