import {
  IMAGE_WIDTHS,
  type StoryMediaInput,
  type AudioType,
  type ImageVariant,
  type StoredMedia,
  type StoryMedia,
  type Thumbnail,
  type VariantType,
} from './schemas/media';

/*
 * Where each medium's files live in the media bucket (DESIGN §9), and the URLs a payload gives.
 * Every name is derived from the medium's id, so no listing is ever needed: processing writes the
 * files below, the media publisher copies or deletes exactly these.
 *
 *   uploads/<id>            the file as uploaded (expires after a day)
 *   private/<id>/<file>     the processed files (the author and moderators get presigned URLs)
 *   public/<id>/<file>      copies while the story is published, served at /media/<id>/<file>
 */

/** Where CloudFront (and locally the web server's proxy) serves the bucket's `public/` prefix. */
export const MEDIA_PATH = '/media';

const VARIANT_EXTENSIONS: Record<VariantType, string> = {
  'image/webp': 'webp',
  'image/jpeg': 'jpg',
};
const AUDIO_EXTENSIONS: Record<AudioType, string> = {
  'audio/webm': 'webm',
  'audio/mp4': 'm4a',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
};

export const uploadKey = (id: string) => `uploads/${id}`;
export const privateKey = (id: string, file: string) => `private/${id}/${file}`;
export const publicKey = (id: string, file: string) => `public/${id}/${file}`;
export const publicUrl = (id: string, file: string) => `${MEDIA_PATH}/${id}/${file}`;

export const variantFile = (width: number, type: VariantType) =>
  `${width}.${VARIANT_EXTENSIONS[type]}`;
export const audioFile = (type: AudioType) => `audio.${AUDIO_EXTENSIONS[type]}`;

/** The width a variant really has: its nominal width, or the photo's own when that is smaller. */
export const variantWidth = (nominal: number, photoWidth: number) => Math.min(nominal, photoWidth);

/** Every processed file of a medium, with its content type (what processing writes, publication copies). */
export function mediaFiles(media: StoredMedia): { file: string; contentType: string }[] {
  if (media.kind === 'audio') {
    return [{ file: audioFile(media.contentType), contentType: media.contentType }];
  }
  return IMAGE_WIDTHS.flatMap((width) =>
    (['image/webp', 'image/jpeg'] as const).map((type) => ({
      file: variantFile(width, type),
      contentType: type,
    })),
  );
}

/**
 * The medium as a payload shows it, with `urlOf(file)` giving each file's URL: `publicUrl` for
 * a published story, a presigned URL for the author's and moderators' private views.
 */
export function presentMedia(media: StoredMedia, urlOf: (file: string) => string): StoryMedia {
  if (media.kind === 'audio') return { ...media, url: urlOf(audioFile(media.contentType)) };
  const variants: ImageVariant[] = IMAGE_WIDTHS.flatMap((width) =>
    (['image/webp', 'image/jpeg'] as const).map((type) => ({
      width: variantWidth(width, media.width),
      type,
      url: urlOf(variantFile(width, type)),
    })),
  );
  return { ...media, variants };
}

/** A published story's media with their public URLs. */
export const publicMedia = (media: StoredMedia[] | undefined): StoryMedia[] =>
  (media ?? []).map((m) => presentMedia(m, (file) => publicUrl(m.id, file)));

/** A published story's card photo: its first photo at 480 px, or none. */
export function publicThumbnail(media: StoredMedia[] | undefined): Thumbnail | undefined {
  const first = media?.find((m) => m.kind === 'image');
  if (!first || first.kind !== 'image') return undefined;
  const width = IMAGE_WIDTHS[0];
  return {
    alt: first.alt,
    width: variantWidth(width, first.width),
    height: Math.round((first.height * variantWidth(width, first.width)) / first.width),
    variants: (['image/webp', 'image/jpeg'] as const).map((type) => ({
      width: variantWidth(width, first.width),
      type,
      url: publicUrl(first.id, variantFile(width, type)),
    })),
  };
}

/** What the author wrote of a stored medium: the fields an edit form starts from. */
export function mediaInputOf(media: StoredMedia): StoryMediaInput {
  if (media.kind === 'audio') {
    const { contentType, durationSeconds, ...input } = media;
    return input;
  }
  const { width, height, ...input } = media;
  return input;
}
