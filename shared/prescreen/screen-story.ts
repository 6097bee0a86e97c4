import { flagKinds, prescreen, type PrescreenFlag } from '../prescreen';

export type FieldFlag = PrescreenFlag & { field: 'title' | 'body' };

/**
 * Pre-screens a story's title and body. Stories are pre-moderated anyway: the flags only point the
 * moderator at what to look at (highlighted in the text).
 */
export function screenStory(input: { title: string; body: string }) {
  const flagSpans: FieldFlag[] = [
    ...prescreen(input.title).map((f) => ({ ...f, field: 'title' as const })),
    ...prescreen(input.body).map((f) => ({ ...f, field: 'body' as const })),
  ];
  return { flags: flagKinds(flagSpans), flagSpans };
}
