import {
  AUDIO_TYPES,
  IMAGE_TYPES,
  MEDIA_LIMITS,
  type AudioType,
  type ImageType,
  type MediaKind,
  type MediaUploadRequest,
} from '../../../shared/schemas/media';
import { uploadKey } from '../../../shared/media-files';
import { fail, ok, type Result } from '../core/result';

/*
 * What an upload may be, and the presigned S3 POST's policy that says so to S3 (DESIGN §9). Pure:
 * the route signs what this builds. S3 enforces the policy; the local S3 does not, so completion
 * checks the size again.
 */

/** How long the presigned POST may be used. */
export const UPLOAD_POLICY_SECONDS = 15 * 60;

/** Names browsers and recorders give the same types (the web app sends what the file says). */
const ALIASES: Record<string, ImageType | AudioType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/heif': 'image/heic',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/mp3': 'audio/mpeg',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'audio/aac': 'audio/mp4',
};

/** `audio/webm;codecs=opus` → `audio/webm`: the type without parameters, in lower case. */
export const baseType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

const isImageType = (type: string): type is ImageType =>
  (IMAGE_TYPES as readonly string[]).includes(type);
const isAudioType = (type: string): type is AudioType =>
  (AUDIO_TYPES as readonly string[]).includes(type);

/** The most bytes a medium of this kind may have. */
export const byteLimit = (kind: MediaKind) =>
  kind === 'image' ? MEDIA_LIMITS.imageBytes : MEDIA_LIMITS.audioBytes;

export type AcceptedUpload = {
  kind: MediaKind;
  /** One of IMAGE_TYPES or AUDIO_TYPES: what the file must be, and the POST's Content-Type. */
  contentType: ImageType | AudioType;
  bytes: number;
};

/** Whether the platform takes an upload of this kind, type and size. */
export function acceptUpload(
  request: MediaUploadRequest,
): Result<AcceptedUpload, 'media-type' | 'media-too-large'> {
  const base = baseType(request.contentType);
  const type = ALIASES[base] ?? base;
  const fits = request.kind === 'image' ? isImageType(type) : isAudioType(type);
  if (!fits) return fail('media-type');
  if (request.bytes > byteLimit(request.kind)) return fail('media-too-large');
  return ok({
    kind: request.kind,
    contentType: type as ImageType | AudioType,
    bytes: request.bytes,
  });
}

type Condition = ['eq', string, string] | ['content-length-range', number, number];

/** The presigned POST's options for `createPresignedPost` (without the bucket). */
export function uploadPolicy(id: string, upload: AcceptedUpload) {
  const Key = uploadKey(id);
  const conditions: Condition[] = [
    ['eq', '$key', Key],
    ['eq', '$Content-Type', upload.contentType],
    // Never more than the request declared (which is never more than the kind's limit).
    ['content-length-range', 1, Math.min(upload.bytes, byteLimit(upload.kind))],
  ];
  return {
    Key,
    Fields: { 'Content-Type': upload.contentType },
    Conditions: conditions,
    Expires: UPLOAD_POLICY_SECONDS,
  };
}
