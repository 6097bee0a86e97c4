import { ApiError } from '$lib/api/client';
import { fieldError, fieldPath, type FieldError } from '$lib/i18n';

/** A failed `PATCH /api/me`: the 400's field errors by field, for the form and its summary. */
export type ProfileErrors = {
  fields: Partial<Record<string, FieldError>>;
  entries: { id: string | null; error: FieldError }[];
  /** Anything that is not a field error (network, 5xx, 409), shown as a notice. */
  other: unknown;
};

/**
 * The server's 400 field errors mapped to this form's fields (`notifications.decisions` is the
 * field `decisions`); a field the form does not show is listed in the summary without a link.
 */
export function profileErrors(error: unknown, shown: string[]): ProfileErrors {
  const result: ProfileErrors = { fields: {}, entries: [], other: null };
  if (!(error instanceof ApiError) || error.status !== 400 || !error.fieldErrors.length) {
    result.other = error;
    return result;
  }
  for (const { path } of error.fieldErrors) {
    const field = fieldPath(path).split('.').pop() || path;
    const message = fieldError(fieldPath(path));
    if (result.fields[field]) continue;
    result.fields[field] = message;
    result.entries.push({ id: shown.includes(field) ? field : null, error: message });
  }
  return result;
}
