import { ProblemError } from '../core/problem-json';
import type { AttachProblem } from './ports';

const DETAILS: Record<AttachProblem, string> = {
  'media-not-found':
    'There is no upload of yours with this id, or it belongs to another story. Upload the file again.',
  'media-not-ready': 'This upload has not been processed yet. Complete the upload first.',
  'media-kind-mismatch':
    'This upload is not of the kind named (a photo named as a recording, or the other way round).',
};

/** Why the story's medium at `index` cannot be attached: 422 pointing at it (`/media/<index>`). */
export const mediaProblem = (reason: AttachProblem, index: number) =>
  new ProblemError(422, reason, DETAILS[reason], {
    pointer: `/media/${index}`,
    errors: [{ path: `media.${index}`, message: DETAILS[reason] }],
  });

/** A failed attachment as the commands answer it: which problem, at which medium. */
export type MediaRefused = { media: AttachProblem; index: number };
