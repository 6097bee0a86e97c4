import { createRoute } from '@hono/zod-openapi';
import {
  MediaReadySchema,
  MediaUploadRequestSchema,
  MediaUploadSchema,
} from '../../../shared/schemas/media';
import { ProblemSchema } from '../../../shared/schemas/problem';
import { rateLimitedError } from '../core/common-problems';
import { createRouter } from '../core/create-app';
import type { Deps } from '../core/deps';
import {
  access,
  createdContent,
  IdParams,
  jsonBody,
  jsonContent,
  problemResponses,
} from '../core/openapi';
import { notFoundError } from '../core/problem-json';
import { isId } from '../core/ids';
import { requireUser } from '../core/require-user';
import { completeUpload, type CompleteUploadProblem } from './commands/complete-upload';
import { requestUpload } from './commands/request-upload';
import type { MediaContext } from './context';
import {
  largerThanDeclaredError,
  mediaInfectedError,
  mediaTooLargeError,
  mediaTypeError,
  processingError,
  scanPendingError,
  uploadMissingError,
} from './problems';

const tags = ['media'];

/** The media context: uploading photos and recordings for a story (DESIGN §9). */
export function mediaRoutes(deps: Deps, context: MediaContext) {
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/media/uploads',
      operationId: 'requestUpload',
      description:
        'Asks to upload a photo (JPEG, PNG, WebP or HEIC, at most 20 MB) or a recording (WebM, MP4/AAC, MP3 or WAV, at most 100 MB and 30 minutes). A content type may carry parameters (`audio/webm;codecs=opus`). The answer is a presigned S3 POST, valid for 15 minutes: send its `fields` and then the file as `file`, as multipart/form-data, to its `url`; it takes exactly the declared type and at most the declared size. Then complete the upload. An upload no story takes expires after a day. 422 `/problems/media-type` or `/problems/media-too-large` for what the platform does not take; at most 60 an hour.',
      tags,
      ...access.signedIn,
      summary: 'Ask to upload a photo or a recording',
      request: { body: jsonBody(MediaUploadRequestSchema) },
      responses: {
        201: createdContent(MediaUploadSchema, 'Where and how to send the file'),
        ...problemResponses(400, 401, 413, 415, 422, 429),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const request = c.req.valid('json');
      const result = await requestUpload(context, user.sub, request);
      if (!result.ok && result.reason === 'media-type') throw mediaTypeError(request.kind);
      if (!result.ok && result.reason === 'media-too-large') throw mediaTooLargeError(request.kind);
      if (!result.ok) throw rateLimitedError(deps.now(), 'uploads');
      c.header('location', `/api/media/uploads/${result.value.id}/complete`);
      return c.json(result.value, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/media/uploads/{id}/complete',
      operationId: 'completeUpload',
      description:
        'Processes an uploaded file, once it arrived (and, on AWS, once the malware scan found it clean): a photo is turned upright, stripped of all metadata (EXIF with GPS, XMP, IPTC) and written as WebP and JPEG at 480, 960 and 1600 px; a recording is checked (type, length, and a size its length allows: at most 320 kbit/s for MP3, 512 kbit/s for AAC and Opus, a WAV its own byte rate, each plus 5 % and 1 MiB; else `/problems/media-too-large`) and kept without its tags (ID3, APE, MP4 udta/meta/uuid, WAV LIST/INFO and other chunks, WebM Tags), its sound not re-encoded. The answer has a private preview URL, valid for an hour. Only the uploader may complete it (else 404); completing it again answers the same. 409 `/problems/upload-missing` before the file arrived, 409 `/problems/scan-pending` with `Retry-After` while the scan runs; 422 `/problems/media-type-mismatch` (the file is not of its declared type, or a recording holds a video track), `/problems/media-too-large` (larger than declared), `/problems/media-unreadable`, `/problems/media-too-long` (over 30 minutes), `/problems/media-infected`. A refused file is deleted.',
      tags,
      ...access.signedIn,
      summary: 'Process an uploaded photo or recording',
      request: { params: IdParams },
      responses: {
        200: jsonContent(MediaReadySchema, 'The processed medium'),
        ...problemResponses(401, 404, 422),
        409: {
          description:
            'The file has not arrived yet (`/problems/upload-missing`), or its malware scan is still running (`/problems/scan-pending`, with `Retry-After`)',
          headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
          content: { 'application/problem+json': { schema: ProblemSchema } },
        },
      },
    }),
    async (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      if (!isId(id)) throw notFoundError('upload');
      const result = await completeUpload(context, user.sub, id);
      if (!result.ok) throw completeProblem(result.reason);
      return c.json(result.value, 200);
    },
  );

  return app;
}

function completeProblem(reason: CompleteUploadProblem) {
  switch (reason.problem) {
    case 'not-found':
      return notFoundError('upload');
    case 'upload-missing':
      return uploadMissingError();
    case 'scan-pending':
      return scanPendingError();
    case 'media-infected':
      return mediaInfectedError();
    case 'larger-than-declared':
      return largerThanDeclaredError();
    default:
      return processingError(reason);
  }
}
