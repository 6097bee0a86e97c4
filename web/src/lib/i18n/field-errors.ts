import type { MessageKey } from './dictionaries';
import { hasMessage, type Params } from './locale.svelte';

/** A field's error as a message key, so it follows a language switch after it was shown. */
export type FieldError = { key: MessageKey; params?: Params };

/** A field's path without array indices: `['themes', 1]` or `"themes.1"` → `"themes"`. */
export function fieldPath(path: readonly PropertyKey[] | string): string {
  const segments = typeof path === 'string' ? path.split('.') : path.map(String);
  return segments.filter((segment) => !/^\d+$/.test(segment)).join('.');
}

/**
 * The friendly message for a failed field: `error.<path>.<code>` (a zod issue code such as
 * `too_big`) when the dictionaries have one, then `error.field.<code>` (a text problem such as
 * `unsafe-characters`), else `error.<path>`, else a general one. Server
 * errors carry no code, so they get the per-field message.
 */
export function fieldError(path: string, code?: string): FieldError {
  const params = { year: new Date().getFullYear() };
  // Text hygiene problems (shared/schemas/text.ts) read the same in every field.
  const candidates = [
    code ? `error.${path}.${code}` : null,
    code ? `error.field.${code}` : null,
    `error.${path}`,
  ];
  for (const key of candidates) {
    if (key && hasMessage(key)) return { key, params };
  }
  return { key: 'error.field.generic', params };
}
