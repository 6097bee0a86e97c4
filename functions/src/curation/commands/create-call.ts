import type { CallInput } from '../../../../shared/schemas/calls';
import type { User } from '../../core/auth';
import { newId } from '../../core/ids';
import type { CallRecord } from '../call-record';
import type { CallRepository } from '../calls-repository';

/** Times are stored in UTC, so that the open-period condition can compare them as strings. */
export const utc = (at: string) => new Date(at).toISOString();

/** A curator drafts a call for stories; only curators see it until it is published. */
export async function createCall(
  deps: { calls: CallRepository; now: () => Date },
  curator: User,
  input: CallInput,
): Promise<CallRecord> {
  const now = deps.now();
  const at = now.toISOString();
  const record: CallRecord = {
    id: newId(now),
    status: 'draft',
    title: input.title,
    question: input.question,
    intro: input.intro,
    prompts: input.prompts,
    themes: input.themes,
    opensAt: utc(input.opensAt),
    ...(input.closesAt ? { closesAt: utc(input.closesAt) } : {}),
    createdAt: at,
    updatedAt: at,
    createdBy: curator.sub,
    version: 1,
  };
  await deps.calls.create(record);
  return record;
}
