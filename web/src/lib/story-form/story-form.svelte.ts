import {
  CURRENT_TERMS_VERSION,
  findRuhrPlace,
  StoryInputSchema,
  type ContentWarning,
  type Language,
  type License,
  type PlacePrecision,
  type Story,
  type StoryInput,
  type StoryPatch,
  type Theme,
} from '$shared';
import { fieldError, fieldPath, type FieldError } from '$lib/i18n';
import { areaOfPlace, placeCoordinates, placeNameWithArea } from './places';
import type { DraftMedium } from './media/media-entries';
import { MediaList } from './media/media-list.svelte';

/** Every field of the form in reading order: the error summary lists errors in this order. */
export const FIELDS = [
  'title',
  'body',
  'language',
  'themes',
  'contentWarnings',
  'place.name',
  'place.area',
  'place.precision',
  'period.from',
  'period.to',
  'period.label',
  'attribution',
  'consent.online',
  'consent.exhibition',
  'consent.research',
  'consent.license',
] as const;
export type FieldPath = (typeof FIELDS)[number];
/** A field of one photo or the recording, by its place in the form: `media.0.alt`. */
export type MediaFieldPath =
  `media.${number}.${'file' | 'alt' | 'caption' | 'credit' | 'transcript'}`;
/** Any field an error can stand at. */
export type ErrorPath = FieldPath | MediaFieldPath | 'media';
/** The top-level fields of a submission, as the shared schema names them. */
export type InputKey = keyof StoryInput;

type Mask = { [K in InputKey]?: true };

/** Errors that belong to no single field (a server error on the whole body). */
export const FORM = '(form)' as const;

/** The id of a field's input (for groups: the first option), linked from the error summary. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;
export const hintId = (path: string) => `${fieldId(path)}-hint`;

/** The field an error path belongs to: itself, the first field under it, or the whole form. */
export function owningField(path: string): ErrorPath | typeof FORM {
  // A medium's own text, or (for its id or kind) the medium itself: not uploaded yet.
  const medium = /^media\.(\d+)(?:\.(\w+))?/.exec(path);
  if (medium) {
    const [, index, field = ''] = medium;
    const own = ['alt', 'caption', 'credit', 'transcript'].includes(field) ? field : 'file';
    return `media.${Number(index)}.${own}` as MediaFieldPath;
  }
  if (path === 'media') return 'media';
  // The coordinates come from the chosen town or district: that is where to fix them.
  const clean = fieldPath(path).replace(/^place\.(lat|lng)$/, 'place.area');
  const exact = FIELDS.find((field) => field === clean);
  return exact ?? FIELDS.find((field) => field.startsWith(`${clean}.`)) ?? FORM;
}

const optionalText = (value: string) => value.trim() || undefined;
/** Form text to a number: empty is "not given", a comma counts as a decimal point. */
const optionalNumber = (value: string) => {
  const text = value.trim().replace(',', '.');
  return text === '' ? undefined : Number(text);
};

/** The names of the fields a draft keeps, in the order of `StoryForm.snapshot()`. */
const FORM_FIELDS = [
  'title',
  'body',
  'language',
  'themes',
  'contentWarnings',
  'placeName',
  'placeArea',
  'lat',
  'lng',
  'precision',
  'periodFrom',
  'periodTo',
  'periodLabel',
  'attribution',
  'online',
  'exhibition',
  'research',
  'license',
  'callId',
] as const satisfies readonly (keyof StoryForm)[];
/** The form's fields as plain data: what a draft stores and what "changed?" compares. */
export type FormFields = Pick<StoryForm, (typeof FORM_FIELDS)[number]> & { media: DraftMedium[] };

/** Where an error stands in the summary: the fields in reading order, the media after the period. */
function summaryRank(path: ErrorPath | typeof FORM): number {
  if (path === FORM) return -1;
  const mediaRank = FIELDS.indexOf('attribution') - 0.5;
  if (path === 'media') return mediaRank - 0.4;
  const medium = /^media\.(\d+)\.(\w+)$/.exec(path);
  if (medium) {
    const fields = ['file', 'alt', 'caption', 'credit', 'transcript'];
    return mediaRank - 0.3 + Number(medium[1]) * 0.01 + fields.indexOf(medium[2] ?? '') * 0.001;
  }
  return FIELDS.indexOf(path as FieldPath);
}

/** The message path of an error: a medium's fields share theirs (`media.alt`). */
const messagePath = (path: ErrorPath) => path.replace(/^media\.\d+\./, 'media.');

/** The submission form's state, its mapping to `StoryInput`, and its field errors. */
export class StoryForm {
  title = $state('');
  body = $state('');
  language = $state<Language>('de');
  // Raw: the checkbox group replaces the array on each change, it never mutates it.
  themes = $state.raw<Theme[]>([]);
  contentWarnings = $state.raw<ContentWarning[]>([]);
  placeName = $state('');
  /** The gazetteer town or district a free-text place lies in; its point is the place's. */
  placeArea = $state('');
  /** Set behind the scenes from the gazetteer, never typed (see ./places.ts). */
  lat = $state<number | undefined>(undefined);
  lng = $state<number | undefined>(undefined);
  precision = $state<PlacePrecision>('neighbourhood');
  periodFrom = $state('');
  periodTo = $state('');
  periodLabel = $state('');
  attribution = $state<'name' | 'anonymous'>('name');
  online = $state(false);
  exhibition = $state(false);
  research = $state(false);
  license = $state<License | ''>('');
  /** The call for stories this story answers ('' for none): from `/submit?call=`, kept in drafts. */
  callId = $state('');
  /** The photos and the recording, with their uploads. */
  media = $state.raw(new MediaList());
  errors = $state<Partial<Record<ErrorPath | typeof FORM, FieldError>>>({});
  /** The gazetteer place whose coordinates fill lat/lng, while the name still matches it. */
  gazetteerPlace = $state<string | null>(null);

  constructor(language: Language) {
    this.language = language;
  }

  /** A form filled with a story, for the author to edit it. */
  static fromStory(story: Story): StoryForm {
    const form = new StoryForm(story.language);
    form.title = story.title;
    form.body = story.body;
    form.themes = story.themes;
    form.contentWarnings = story.contentWarnings;
    form.placeName = story.place?.name ?? '';
    form.placeArea = areaOfPlace(form.placeName)?.name ?? '';
    form.gazetteerPlace = findRuhrPlace(form.placeName)?.name ?? null;
    // The story's own point stays until the author changes the place.
    form.lat = story.place?.lat;
    form.lng = story.place?.lng;
    form.precision = story.place?.precision ?? 'neighbourhood';
    form.periodFrom = story.period?.from?.toString() ?? '';
    form.periodTo = story.period?.to?.toString() ?? '';
    form.periodLabel = story.period?.label ?? '';
    form.attribution = story.attribution;
    form.online = story.consent.online;
    form.exhibition = story.consent.exhibition;
    form.research = story.consent.research;
    form.license = story.consent.license;
    form.media = MediaList.fromStory(story.media);
    return form;
  }

  /**
   * Sets the place name. A name from the Ruhr gazetteer brings its own point; a name that mentions
   * a town or district suggests it as the area. The coordinates follow (./places.ts).
   */
  setPlaceName(name: string): void {
    this.placeName = name;
    this.gazetteerPlace = findRuhrPlace(name)?.name ?? null;
    const area = areaOfPlace(name);
    if (area) this.placeArea = area.name;
    this.locate();
  }

  /** Sets the town or district a free-text place lies in ('' for "I'd rather not say"). */
  setPlaceArea(area: string): void {
    // A stored name ends in the town it was sent with (placeNameWithArea): a new town replaces it.
    const suffix = `, ${this.placeArea}`;
    if (this.placeArea && this.placeName.endsWith(suffix))
      this.placeName = this.placeName.slice(0, -suffix.length);
    this.placeArea = area;
    this.locate();
  }

  private locate(): void {
    const point = placeCoordinates(this.placeName, this.placeArea);
    this.lat = point?.lat;
    this.lng = point?.lng;
  }

  /** Every field the person typed or chose, as plain data for a draft (./draft-storage.ts). */
  snapshot(): FormFields {
    return {
      title: this.title,
      body: this.body,
      language: this.language,
      themes: this.themes,
      contentWarnings: this.contentWarnings,
      placeName: this.placeName,
      placeArea: this.placeArea,
      lat: this.lat,
      lng: this.lng,
      precision: this.precision,
      periodFrom: this.periodFrom,
      periodTo: this.periodTo,
      periodLabel: this.periodLabel,
      attribution: this.attribution,
      online: this.online,
      exhibition: this.exhibition,
      research: this.research,
      license: this.license,
      callId: this.callId,
      media: this.media.snapshot(),
    };
  }

  /** Fills the form from a draft; a field missing from an older draft keeps its value. */
  restore(fields: Partial<FormFields>): void {
    const own = this as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      if (FORM_FIELDS.includes(key as (typeof FORM_FIELDS)[number])) own[key] = value;
    }
    if (fields.media) this.media.restore(fields.media);
    this.gazetteerPlace = findRuhrPlace(this.placeName)?.name ?? null;
    this.errors = {};
  }

  /** The request body as the user filled it in; empty optional groups are left out. */
  toDraft(): unknown {
    const hasPlace = this.placeName.trim() !== '' || this.lat !== undefined;
    const hasPeriod = [this.periodFrom, this.periodTo, this.periodLabel].some((v) => v.trim());
    return {
      title: this.title,
      body: this.body,
      language: this.language,
      themes: this.themes,
      contentWarnings: this.contentWarnings,
      place: hasPlace
        ? {
            name: placeNameWithArea(this.placeName, this.placeArea),
            lat: this.lat,
            lng: this.lng,
            precision: this.precision,
          }
        : undefined,
      period: hasPeriod
        ? {
            from: optionalNumber(this.periodFrom),
            to: optionalNumber(this.periodTo),
            label: optionalText(this.periodLabel),
          }
        : undefined,
      attribution: this.attribution,
      consent: {
        online: this.online,
        exhibition: this.exhibition,
        research: this.research,
        license: this.license || undefined,
        termsVersion: CURRENT_TERMS_VERSION,
      },
      callId: this.callId || undefined,
      media: this.media.toInput(),
    };
  }

  /**
   * Validates with the shared schema, or with just its `keys` (one step of the guided form);
   * returns the valid input, or null with `errors` filled.
   */
  validate(): StoryInput | null;
  validate(keys: readonly InputKey[]): Partial<StoryInput> | null;
  validate(keys?: readonly InputKey[]): Partial<StoryInput> | null {
    const mask = keys && (Object.fromEntries(keys.map((key) => [key, true])) as Mask);
    const schema = mask ? StoryInputSchema.pick(mask) : StoryInputSchema;
    const result = schema.safeParse(this.toDraft());
    if (result.success) {
      this.errors = {};
      return result.data;
    }
    const errors: StoryForm['errors'] = {};
    for (const issue of result.error.issues) {
      const field = owningField(issue.path.map(String).join('.'));
      // A text hygiene issue names its problem (shared/schemas/text.ts); others their zod code.
      const problem = issue.code === 'custom' ? issue.params?.problem : undefined;
      const code = typeof problem === 'string' ? problem : issue.code;
      errors[field] ??= fieldError(field === FORM ? 'form' : messagePath(field), code);
    }
    this.errors = errors;
    return null;
  }

  /** Forgets the errors of the photos and the recording: after a move or a removal they would name the wrong one. */
  clearMediaErrors(): void {
    this.errors = Object.fromEntries(
      Object.entries(this.errors).filter(([path]) => !path.startsWith('media')),
    );
  }

  /** Shows the server's `errors[]` of a 400 at their fields, like the browser's own. */
  setServerErrors(serverErrors: { path: string }[]): void {
    const errors: StoryForm['errors'] = {};
    for (const { path } of serverErrors) {
      const field = owningField(path);
      errors[field] ??= fieldError(field === FORM ? 'form' : messagePath(field));
    }
    if (Object.keys(errors).length === 0) errors[FORM] = fieldError('form');
    this.errors = errors;
  }

  /** The PATCH body for an edit: every field, with `null` clearing a removed place or period. */
  static toPatch(input: StoryInput): StoryPatch {
    return { ...input, place: input.place ?? null, period: input.period ?? null };
  }

  /** The errors in the order of the form, for the summary. */
  get summary(): { path: ErrorPath | typeof FORM; error: FieldError }[] {
    const paths = Object.keys(this.errors) as (ErrorPath | typeof FORM)[];
    return paths
      .sort((a, b) => summaryRank(a) - summaryRank(b))
      .flatMap((path) => {
        const error = this.errors[path];
        return error ? [{ path, error }] : [];
      });
  }
}
