export { getLocale, hasMessage, intlLocale, LOCALES, setLocale, t, tn } from './locale.svelte';
export type { Locale, Params, PluralKey } from './locale.svelte';
export type { MessageKey } from './dictionaries';
export { fieldError, fieldPath, type FieldError } from './field-errors';
export * from './format';
