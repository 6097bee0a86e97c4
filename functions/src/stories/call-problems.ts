import { ProblemError } from '../core/problem-json';
import type { CallRefused } from './ports';

const NOT_OPEN = {
  draft: 'This call for stories is not published, so it takes no answers.',
  upcoming: 'This call for stories is not open yet.',
  closed: 'This call for stories is closed and takes no more answers.',
} as const;

export const isCallNotOpen = (reason: unknown): reason is { callNotOpen: keyof typeof NOT_OPEN } =>
  typeof reason === 'object' && reason !== null && 'callNotOpen' in reason;

/**
 * Why a story cannot answer the call it names: 409 `call-not-open` (DESIGN §10: a draft, not yet
 * open, closed), or 422 `call-not-found` pointing at `/callId` for an id no call has.
 */
export function callProblem(reason: CallRefused): ProblemError {
  if (reason === 'call-not-found') {
    const detail = 'There is no call for stories with this id.';
    return new ProblemError(422, 'call-not-found', detail, {
      pointer: '/callId',
      errors: [{ path: 'callId', message: detail }],
    });
  }
  return new ProblemError(409, 'call-not-open', NOT_OPEN[reason.callNotOpen]);
}
