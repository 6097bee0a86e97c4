import { audioFile, publicUrl, variantFile, variantWidth } from '../../../../shared/media-files';
import { IMAGE_WIDTHS, type StoredMedia } from '../../../../shared/schemas/media';
import type { Period } from '../../../../shared/schemas/story';
import type { License } from '../../../../shared/vocabulary';
import type { ExhibitionItemRecord, ExhibitionRecord } from '../exhibition-record';

/** The licences' canonical URLs; all rights reserved has none. */
export const LICENSE_URLS: Record<License, string | null> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'all-rights-reserved': null,
};
export const ALL_RIGHTS_RESERVED = 'All rights reserved';

/** The licence as a reader names it. */
export const licenseName = (license: License) =>
  license === 'all-rights-reserved' ? ALL_RIGHTS_RESERVED : license;

/** The author as the export credits them: by name only when the author chose to be named. */
export const authorCredit = (item: Pick<ExhibitionItemRecord, 'attribution' | 'authorName'>) =>
  item.attribution === 'name' && item.authorName ? item.authorName : 'anonymous';

/** A period as people read it: "1960–1973 (Mitte der 60er)". */
export function periodText(period: Period | undefined): string {
  if (!period) return '';
  const years =
    period.from !== undefined && period.to !== undefined && period.from !== period.to
      ? `${period.from}–${period.to}`
      : String(period.from ?? period.to ?? '');
  if (!period.label) return years;
  return years ? `${years} (${period.label})` : period.label;
}

/** A period as schema.org's temporalCoverage wants it: an ISO 8601 interval, or the label. */
export function temporalCoverage(period: Period | undefined): string | undefined {
  if (!period) return undefined;
  if (period.from !== undefined && period.to !== undefined && period.from !== period.to) {
    return `${period.from}/${period.to}`;
  }
  return period.from !== undefined || period.to !== undefined
    ? String(period.from ?? period.to)
    : period.label;
}

/** Public links of the site (the story page, the exhibition page, a medium's public file). */
export const siteLinks = (origin: string) => ({
  story: (id: string) => `${origin}/stories/${id}`,
  exhibition: (id: string) => `${origin}/exhibitions/${id}`,
  media: (id: string, file: string) => `${origin}${publicUrl(id, file)}`,
});
export type SiteLinks = ReturnType<typeof siteLinks>;

const LARGEST = IMAGE_WIDTHS[2];
const SMALLEST = IMAGE_WIDTHS[0];

/**
 * A medium's public file as a collection system would fetch it: a photo's largest JPEG (the
 * format every system reads) with its real size and its smallest as the thumbnail, a
 * recording as it was uploaded. Absolute URLs of the public copies (`/media/…`), never private ones.
 */
export function mediaFileOf(medium: StoredMedia, links: SiteLinks) {
  if (medium.kind === 'audio') {
    return {
      url: links.media(medium.id, audioFile(medium.contentType)),
      contentType: medium.contentType,
    };
  }
  const width = variantWidth(LARGEST, medium.width);
  return {
    url: links.media(medium.id, variantFile(LARGEST, 'image/jpeg')),
    thumbnailUrl: links.media(medium.id, variantFile(SMALLEST, 'image/jpeg')),
    contentType: 'image/jpeg',
    width,
    height: Math.round((medium.height * width) / medium.width),
  };
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A file name from the German title: ASCII only, so every browser and OS keeps it intact. */
export function exportFileName(exhibition: Pick<ExhibitionRecord, 'id' | 'title'>, ext: string) {
  const slug = exhibition.title.de
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => TRANSLITERATION[ch]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `ausstellung-${slug || exhibition.id.toLowerCase()}.${ext}`;
}
