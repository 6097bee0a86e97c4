import { z } from 'zod';
import { plainText } from './text';

/*
 * Photos and voices (DESIGN §9). A person uploads a file first (POST /api/media/uploads, then the
 * presigned S3 POST, then .../complete); the story then names the processed media by id with the
 * texts that go with them. Limits are the contract's and are checked twice: the POST policy and
 * the server's own check at completion (the local S3 does not enforce policies).
 */

export const MEDIA_KINDS = ['image', 'audio'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export const AUDIO_TYPES = ['audio/webm', 'audio/mp4', 'audio/mpeg', 'audio/wav'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export type AudioType = (typeof AUDIO_TYPES)[number];

export const MEDIA_LIMITS = {
  imagesPerStory: 6,
  audioPerStory: 1,
  imageBytes: 20 * 1024 * 1024,
  audioBytes: 100 * 1024 * 1024,
  audioSeconds: 30 * 60,
  altText: 300,
  caption: 300,
  credit: 120,
  transcript: 50_000,
} as const;

/** The widths every photo is written at, as WebP and JPEG (never wider than the photo itself). */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;
export const VARIANT_TYPES = ['image/webp', 'image/jpeg'] as const;
export type VariantType = (typeof VARIANT_TYPES)[number];

/** `POST /api/media/uploads`. A content type may carry parameters (`audio/webm;codecs=opus`). */
export const MediaUploadRequestSchema = z
  .object({
    kind: z.enum(MEDIA_KINDS),
    contentType: z.string().min(3).max(100),
    bytes: z.number().int().min(1),
  })
  .meta({ id: 'MediaUploadRequest' });

export const MediaUploadSchema = z
  .object({
    id: z.string(),
    /** A presigned S3 POST: send `fields` and then the file as `file`, as multipart/form-data. */
    upload: z.object({ url: z.string(), fields: z.record(z.string(), z.string()) }),
    expiresAt: z.string(),
  })
  .meta({ id: 'MediaUpload' });

/** `POST /api/media/uploads/{id}/complete`: the processed file, visible to its owner. */
export const MediaReadySchema = z
  .object({
    id: z.string(),
    kind: z.enum(MEDIA_KINDS),
    status: z.literal('ready'),
    /** A short-lived private URL: the 480 px JPEG of a photo, the recording itself. */
    previewUrl: z.string(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
    durationSeconds: z.number().optional(),
  })
  .meta({ id: 'MediaReady' });

const imageInput = z.object({
  id: z.string().min(1).max(40),
  kind: z.literal('image'),
  alt: plainText({ min: 1, max: MEDIA_LIMITS.altText }),
  caption: plainText({ min: 1, max: MEDIA_LIMITS.caption }).optional(),
  credit: plainText({ min: 1, max: MEDIA_LIMITS.credit }).optional(),
});
const audioInput = z.object({
  id: z.string().min(1).max(40),
  kind: z.literal('audio'),
  caption: plainText({ min: 1, max: MEDIA_LIMITS.caption }).optional(),
  credit: plainText({ min: 1, max: MEDIA_LIMITS.credit }).optional(),
  transcript: plainText({ min: 1, max: MEDIA_LIMITS.transcript, multiline: true }).optional(),
});

/** One medium as a story's author names it (in POST /api/stories and PATCH). */
export const StoryMediaInputSchema = z
  .discriminatedUnion('kind', [imageInput, audioInput])
  .meta({ id: 'StoryMediaInput' });

export const StoryMediaInputListSchema = z
  .array(StoryMediaInputSchema)
  .max(MEDIA_LIMITS.imagesPerStory + MEDIA_LIMITS.audioPerStory)
  .refine((list) => new Set(list.map((m) => m.id)).size === list.length, {
    message: 'Each medium only once',
  })
  .refine((list) => list.filter((m) => m.kind === 'image').length <= MEDIA_LIMITS.imagesPerStory, {
    message: `At most ${MEDIA_LIMITS.imagesPerStory} photos`,
  })
  .refine((list) => list.filter((m) => m.kind === 'audio').length <= MEDIA_LIMITS.audioPerStory, {
    message: `At most ${MEDIA_LIMITS.audioPerStory} recording`,
  });

export const ImageVariantSchema = z
  .object({ width: z.number().int(), type: z.enum(VARIANT_TYPES), url: z.string() })
  .meta({ id: 'ImageVariant' });

/** One medium as a payload shows it: public URLs on a published story, private ones otherwise. */
export const StoryMediaSchema = z
  .discriminatedUnion('kind', [
    imageInput.extend({
      width: z.number().int(),
      height: z.number().int(),
      variants: z.array(ImageVariantSchema),
    }),
    audioInput.extend({
      contentType: z.enum(AUDIO_TYPES),
      durationSeconds: z.number(),
      url: z.string(),
    }),
  ])
  .meta({ id: 'StoryMedia' });

/** A card's one photo: the first of the story's, at the smallest width. */
export const ThumbnailSchema = z
  .object({
    alt: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    variants: z.array(ImageVariantSchema),
  })
  .meta({ id: 'Thumbnail' });

export type MediaUploadRequest = z.infer<typeof MediaUploadRequestSchema>;
export type MediaUpload = z.infer<typeof MediaUploadSchema>;
export type MediaReady = z.infer<typeof MediaReadySchema>;
export type StoryMediaInput = z.infer<typeof StoryMediaInputSchema>;
export type StoryMedia = z.infer<typeof StoryMediaSchema>;
export type ImageVariant = z.infer<typeof ImageVariantSchema>;
export type Thumbnail = z.infer<typeof ThumbnailSchema>;

/**
 * A medium as a story stores it: what its author wrote, and what processing measured. No URL:
 * each payload builds its own (shared/media-files.ts), so none can carry a stale or private one.
 */
export type StoredMedia =
  | (z.infer<typeof imageInput> & { width: number; height: number })
  | (z.infer<typeof audioInput> & { contentType: AudioType; durationSeconds: number });
