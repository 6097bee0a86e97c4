import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import type { MediaUpload, MediaUploadRequest } from '../../../../shared/schemas/media';
import { AccountErasedError } from '../../accounts/repository';
import { newId } from '../../core/ids';
import { rateLimitItem } from '../../core/rate-limit';
import { fail, ok, type Result } from '../../core/result';
import { expiresAtAfter } from '../../core/retention';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { MediaContext } from '../context';
import { UNATTACHED_DAYS } from '../keys';
import type { MediumRecord } from '../media-record';
import { acceptUpload, uploadPolicy } from '../upload-policy';

export type RequestUploadProblem = 'media-type' | 'media-too-large' | 'rate-limited';

/**
 * A person asks to upload a photo or a recording: if the platform takes its kind, type and size,
 * the medium's item is written (waiting, expiring in a day unless a story takes it) with the
 * hourly counter in one TransactWriteItems, and the answer is a presigned S3 POST that allows
 * exactly that file (./upload-policy). Signing makes no request.
 */
export async function requestUpload(
  context: MediaContext,
  sub: string,
  request: MediaUploadRequest,
): Promise<Result<MediaUpload, RequestUploadProblem>> {
  const accepted = acceptUpload(request);
  if (!accepted.ok) return accepted;
  const now = context.now();
  const id = newId(now);
  const record: MediumRecord = {
    id,
    ownerSub: sub,
    kind: accepted.value.kind,
    declaredType: accepted.value.contentType,
    declaredBytes: accepted.value.bytes,
    status: 'uploading',
    createdAt: now.toISOString(),
    expiresAt: expiresAtAfter(now, UNATTACHED_DAYS),
  };
  try {
    await transactWrite(context.db, {
      medium: context.media.newItem(record),
      rateLimit: rateLimitItem(context.db.tableName, sub, 'upload', now),
      erased: context.accounts.notErasedItem(sub),
    });
  } catch (error) {
    if (error instanceof TransactionConditionError && error.failed('erased'))
      throw new AccountErasedError();
    if (error instanceof TransactionConditionError && error.failed('rateLimit'))
      return fail('rate-limited');
    throw error;
  }
  const policy = uploadPolicy(id, accepted.value);
  const upload = await createPresignedPost(context.bucket.s3, {
    Bucket: context.bucket.bucket,
    ...policy,
  });
  return ok({
    id,
    upload,
    expiresAt: new Date(now.getTime() + policy.Expires * 1000).toISOString(),
  });
}
