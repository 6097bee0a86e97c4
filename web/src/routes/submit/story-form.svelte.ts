import {
  CURRENT_TERMS_VERSION,
  StoryInputSchema,
  type ContentWarning,
  type Language,
  type License,
  type PlacePrecision,
  type StoryInput,
  type Theme,
} from '$shared';
import { fieldError, fieldPath, type FieldError } from '$lib/i18n';

/** Every field of the form in reading order: the error summary lists errors in this order. */
export const FIELDS = [
  'title',
  'body',
  'language',
  'themes',
  'contentWarnings',
  'place.name',
  'place.lat',
  'place.lng',
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
/** Errors that belong to no single field (a server error on the whole body). */
export const FORM = '(form)' as const;

/** The id of a field's input (for groups: the first option), linked from the error summary. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;
export const hintId = (path: string) => `${fieldId(path)}-hint`;

/** The field an error path belongs to: itself, the first field under it, or the whole form. */
function owningField(path: string): FieldPath | typeof FORM {
  const clean = fieldPath(path);
  const exact = FIELDS.find((field) => field === clean);
  return exact ?? FIELDS.find((field) => field.startsWith(`${clean}.`)) ?? FORM;
}

const optionalText = (value: string) => value.trim() || undefined;
/** Form text to a number: empty is "not given", a comma counts as a decimal point. */
const optionalNumber = (value: string) => {
  const text = value.trim().replace(',', '.');
  return text === '' ? undefined : Number(text);
};

/** The submission form's state, its mapping to `StoryInput`, and its field errors. */
export class StoryForm {
  title = $state('');
  body = $state('');
  language = $state<Language>('de');
  // Raw: the checkbox group replaces the array on each change, it never mutates it.
  themes = $state.raw<Theme[]>([]);
  contentWarnings = $state.raw<ContentWarning[]>([]);
  placeName = $state('');
  lat = $state('');
  lng = $state('');
  precision = $state<PlacePrecision>('neighbourhood');
  periodFrom = $state('');
  periodTo = $state('');
  periodLabel = $state('');
  attribution = $state<'name' | 'anonymous'>('name');
  online = $state(false);
  exhibition = $state(false);
  research = $state(false);
  license = $state<License | ''>('');
  errors = $state<Partial<Record<FieldPath | typeof FORM, FieldError>>>({});

  constructor(language: Language) {
    this.language = language;
  }

  /** The request body as the user filled it in; empty optional groups are left out. */
  toDraft(): unknown {
    const hasPlace = [this.placeName, this.lat, this.lng].some((v) => v.trim() !== '');
    const hasPeriod = [this.periodFrom, this.periodTo, this.periodLabel].some((v) => v.trim());
    return {
      title: this.title,
      body: this.body,
      language: this.language,
      themes: this.themes,
      contentWarnings: this.contentWarnings,
      place: hasPlace
        ? {
            name: this.placeName,
            lat: optionalNumber(this.lat),
            lng: optionalNumber(this.lng),
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
    };
  }

  /** Validates with the shared schema; returns the input, or null with `errors` filled. */
  validate(): StoryInput | null {
    const result = StoryInputSchema.safeParse(this.toDraft());
    if (result.success) {
      this.errors = {};
      return result.data;
    }
    const errors: StoryForm['errors'] = {};
    for (const issue of result.error.issues) {
      const field = owningField(issue.path.map(String).join('.'));
      errors[field] ??= fieldError(field === FORM ? 'form' : field, issue.code);
    }
    this.errors = errors;
    return null;
  }

  /** Shows the server's `errors[]` of a 400 at their fields, like the browser's own. */
  setServerErrors(serverErrors: { path: string }[]): void {
    const errors: StoryForm['errors'] = {};
    for (const { path } of serverErrors) {
      const field = owningField(path);
      errors[field] ??= fieldError(field === FORM ? 'form' : field);
    }
    if (Object.keys(errors).length === 0) errors[FORM] = fieldError('form');
    this.errors = errors;
  }

  /** The errors in the order of the form, for the summary. */
  get summary(): { path: FieldPath | typeof FORM; error: FieldError }[] {
    const order: (FieldPath | typeof FORM)[] = [FORM, ...FIELDS];
    return order.flatMap((path) => {
      const error = this.errors[path];
      return error ? [{ path, error }] : [];
    });
  }
}
