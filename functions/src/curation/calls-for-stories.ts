import { callState } from '../../../shared/schemas/calls';
import { fail, ok } from '../core/result';
import type { CallsForStories } from '../stories/ports';
import type { CallRepository } from './calls-repository';

/**
 * Curation's side of the stories port for calls (stories never imports curation): a new story may
 * answer a call that is published and open. The call is read consistently; an unknown id is
 * refused as such, a call that is not open (a draft, not open yet, closed) as not open (DESIGN §10).
 */
export function createCallsForStories(calls: CallRepository): CallsForStories {
  return {
    async answerable(callId, now) {
      const record = await calls.get(callId);
      if (!record) return fail('call-not-found');
      const state = callState(record, now);
      if (state !== 'open') return fail({ callNotOpen: state });
      return ok({ id: record.id, title: record.title });
    },
    openCheckItem: (callId, at) => calls.openCheckItem(callId, at),
  };
}
