import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { ZodError } from 'zod';
import { CallInputSchema, type CallPatch } from '../../../../shared/schemas/calls';
import { fail, ok, type Result } from '../../core/result';
import type { CallRecord } from '../call-record';
import type { CallRepository } from '../calls-repository';
import { utc } from './create-call';

type Reason = 'not-found' | 'conflict' | { invalid: ZodError };

/**
 * A curator changes a call's texts, prompts, themes or period, in any status (a published call
 * can be extended or closed early). The patch is merged and validated as a whole (a call never
 * closes before it opens), and written conditional on the version read.
 */
export async function editCall(
  deps: { calls: CallRepository; now: () => Date },
  id: string,
  patch: CallPatch,
): Promise<Result<CallRecord, Reason>> {
  const record = await deps.calls.get(id);
  if (!record) return fail('not-found');
  // `null` in a patch clears the closing time.
  const cleared = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? undefined]));
  const { title, question, intro, prompts, themes, opensAt, closesAt } = {
    ...record,
    ...cleared,
  } as CallRecord;
  const merged = CallInputSchema.safeParse({
    title,
    question,
    intro,
    prompts,
    themes,
    opensAt,
    closesAt,
  });
  if (!merged.success) return { ok: false, reason: { invalid: merged.error } };
  const next: CallRecord = {
    ...record,
    title: merged.data.title,
    question: merged.data.question,
    intro: merged.data.intro,
    prompts: merged.data.prompts,
    themes: merged.data.themes,
    opensAt: utc(merged.data.opensAt),
    closesAt: merged.data.closesAt ? utc(merged.data.closesAt) : undefined,
    updatedAt: deps.now().toISOString(),
    version: record.version + 1,
  };
  try {
    await deps.calls.save(next, record.version);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return fail('conflict');
    throw error;
  }
  return ok(next);
}
