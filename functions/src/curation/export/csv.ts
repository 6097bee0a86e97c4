import { orderedItems, type ExhibitionItemRecord } from '../exhibition-record';
import {
  authorCredit,
  LICENSE_URLS,
  licenseName,
  mediaFileOf,
  periodText,
  type SiteLinks,
} from './fields';

export const CSV_COLUMNS = [
  'position',
  'storyId',
  'title',
  'author',
  'license',
  'licenseUrl',
  'consentExhibition',
  'consentResearch',
  'place',
  'period',
  'caption_de',
  'caption_en',
  'url',
  'imageUrls',
  'audioUrl',
] as const;

/**
 * One CSV field (RFC 4180), always quoted, quotes doubled. Every field is quoted because the
 * separator is not ours to choose: German Excel splits on `;`, so `Kohle;=1+1` unquoted would
 * become a second cell that starts a formula. Text that a spreadsheet would run as a formula
 * (=, +, -, @, tab or CR first) also gets a leading apostrophe: titles are written by the public,
 * and the museum opens these files in Excel.
 */
export function csvField(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The exhibition's items as CSV: a header row, one row per story in order, CRLF line ends, and
 * a UTF-8 byte order mark so that Excel reads umlauts as umlauts. Every field is quoted, the
 * header's too (docs/exports.md).
 */
export function exhibitionCsv(items: ExhibitionItemRecord[], links: SiteLinks): string {
  const rows = orderedItems(items).map((item, index) => {
    const media = item.media ?? [];
    const row: Record<(typeof CSV_COLUMNS)[number], string | number | boolean> = {
      position: index + 1,
      storyId: item.storyId,
      title: item.title,
      author: authorCredit(item),
      license: licenseName(item.license),
      licenseUrl: LICENSE_URLS[item.license] ?? '',
      // Every story in an exhibition has exhibition consent: withdrawing it removes the story.
      consentExhibition: true,
      consentResearch: item.consentResearch,
      // The snapshot holds the place as the public sees it already (exhibition-record.ts).
      place: item.place?.name ?? '',
      period: periodText(item.period),
      caption_de: item.caption?.de ?? '',
      caption_en: item.caption?.en ?? '',
      url: links.story(item.storyId),
      // The photos' public files, separated by spaces (a URL has none); under the row's licence.
      imageUrls: media
        .filter((m) => m.kind === 'image')
        .map((m) => mediaFileOf(m, links).url)
        .join(' '),
      audioUrl:
        media.filter((m) => m.kind === 'audio').map((m) => mediaFileOf(m, links).url)[0] ?? '',
    };
    return CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
  });
  const header = CSV_COLUMNS.map(csvField).join(',');
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}
