import type { MessageKey } from '$lib/i18n';
import type { FieldPath, InputKey } from './story-form.svelte';

/** A step of the guided submission: its heading and the top-level fields it validates. */
export type Step = { id: string; title: MessageKey; keys: readonly InputKey[] };

/** The guided submission, in order; the last step previews everything and sends it. */
export const STEPS = [
  { id: 'memory', title: 'submit.steps.memory', keys: ['title', 'body', 'language'] },
  { id: 'topics', title: 'submit.steps.topics', keys: ['themes', 'contentWarnings'] },
  { id: 'where-when', title: 'submit.steps.whereWhen', keys: ['place', 'period'] },
  { id: 'media', title: 'submit.steps.media', keys: ['media'] },
  { id: 'consent', title: 'submit.steps.consent', keys: ['attribution', 'consent'] },
  { id: 'preview', title: 'submit.steps.preview', keys: [] },
] as const satisfies readonly Step[];

/** The index of the step that holds a field, e.g. `place.lat` → the "where and when" step. */
export function stepOfField(path: FieldPath | string): number {
  const key = path.split('.')[0];
  const index = STEPS.findIndex((step) => (step.keys as readonly string[]).includes(key ?? ''));
  return index === -1 ? 0 : index;
}
