import { MEDIA_LIMITS } from '../../../shared/schemas/media';
import { ProblemError } from '../core/problem-json';
import type { ProcessingFailure } from './processing';

/*
 * The media context's problems (MEDIA-CONTRACT: each type is part of the HTTP contract). A file
 * that is not what it may be is a 422; one the server cannot take yet is a 409.
 */

const MB = 1024 * 1024;

export const mediaTypeError = (kind: 'image' | 'audio') =>
  new ProblemError(
    422,
    'media-type',
    kind === 'image'
      ? 'Photos can be JPEG, PNG, WebP or HEIC.'
      : 'Recordings can be WebM, MP4 (AAC), MP3 or WAV.',
    { errors: [{ path: 'contentType', message: 'Not a type this kind of medium can have' }] },
  );

export const mediaTooLargeError = (kind: 'image' | 'audio', detail?: string) =>
  new ProblemError(
    422,
    'media-too-large',
    detail ??
      (kind === 'image'
        ? `A photo may have at most ${MEDIA_LIMITS.imageBytes / MB} MB.`
        : `A recording may have at most ${MEDIA_LIMITS.audioBytes / MB} MB.`),
    detail ? {} : { errors: [{ path: 'bytes', message: 'More than this kind may have' }] },
  );

/** The file is larger than its upload declared (S3 enforces this; the local S3 does not). */
export const largerThanDeclaredError = () =>
  new ProblemError(
    422,
    'media-too-large',
    'The file is larger than its upload declared. Please request a new upload for it.',
  );

export const uploadMissingError = () =>
  new ProblemError(
    409,
    'upload-missing',
    'The file has not arrived yet: send it with the upload’s form fields first.',
  );

/** How long GuardDuty usually takes for a photo or a recording. */
export const SCAN_RETRY_SECONDS = 5;

export const scanPendingError = () =>
  new ProblemError(
    409,
    'scan-pending',
    'The file is still being checked for malware. Please try again in a few seconds.',
    { headers: { 'retry-after': String(SCAN_RETRY_SECONDS) } },
  );

export const mediaInfectedError = () =>
  new ProblemError(
    422,
    'media-infected',
    'The malware scan found a threat in this file, so it was deleted.',
  );

const PROCESSING_DETAILS: Record<ProcessingFailure['problem'], string> = {
  'media-type-mismatch': 'The file is not of the type its upload declared.',
  'media-unreadable': 'The file cannot be read.',
  'media-too-large': 'The file is too large.',
  'media-too-long': `A recording may be at most ${MEDIA_LIMITS.audioSeconds / 60} minutes long.`,
};

export const processingError = ({ problem, detail }: ProcessingFailure) =>
  new ProblemError(422, problem, detail ?? PROCESSING_DETAILS[problem]);
