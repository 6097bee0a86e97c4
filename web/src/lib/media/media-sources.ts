import type { ImageVariant, StoryMedia, VariantType } from '$shared/schemas/media';

/*
 * What the photo and recording components need from a payload's media: the photos and the one
 * recording apart, `srcset` strings per file type, the light-box's large file, and durations.
 */

export type Photo = Extract<StoryMedia, { kind: 'image' }>;
export type Recording = Extract<StoryMedia, { kind: 'audio' }>;

export const photosOf = (media: readonly StoryMedia[] | undefined): Photo[] =>
  (media ?? []).filter((m): m is Photo => m.kind === 'image');

export const recordingOf = (media: readonly StoryMedia[] | undefined): Recording | undefined =>
  (media ?? []).find((m): m is Recording => m.kind === 'audio');

/** The variants of one type, narrowest first, one per real width (a small photo has fewer). */
function ofType(variants: readonly ImageVariant[], type: VariantType): ImageVariant[] {
  const byWidth = new Map<number, ImageVariant>();
  for (const variant of variants) {
    if (variant.type === type && !byWidth.has(variant.width)) byWidth.set(variant.width, variant);
  }
  return [...byWidth.values()].sort((a, b) => a.width - b.width);
}

/** `url 480w, url 960w, …` for a `<source>`/`<img>`; `maxWidth` leaves out the larger files. */
export function srcset(
  variants: readonly ImageVariant[],
  type: VariantType,
  maxWidth = Infinity,
): string {
  const list = ofType(variants, type);
  const within = list.filter((v) => v.width <= maxWidth);
  return (within.length ? within : list.slice(0, 1)).map((v) => `${v.url} ${v.width}w`).join(', ');
}

/** The widest file of a type up to `maxWidth` (the light-box's 1600 px, a card's 480 px). */
export function widest(
  variants: readonly ImageVariant[],
  type: VariantType,
  maxWidth = Infinity,
): ImageVariant | undefined {
  const list = ofType(variants, type);
  return list.filter((v) => v.width <= maxWidth).at(-1) ?? list[0];
}

/** A duration as a clock shows it: `0:42`, `3:05`, `1:02:09`. */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = `${total % 60}`.padStart(2, '0');
  return h > 0 ? `${h}:${`${m}`.padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A duration for `<time datetime>`: `PT3M5S`. */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || total === 0 ? `${s}S` : ''}`;
}

/** A transcript's paragraphs: blank lines separate them, as in a story's text. */
export const paragraphsOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** Past this many characters a transcript starts folded, with a button to show all of it. */
export const LONG_TRANSCRIPT = 900;
