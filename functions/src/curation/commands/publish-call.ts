import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { fail, ok, type Result } from '../../core/result';
import type { CallRecord } from '../call-record';
import type { CallRepository } from '../calls-repository';

/**
 * A curator publishes a call: everyone sees it, and it takes answers during its open period.
 * Idempotent; conditional on the version read, so a concurrent edit is a conflict, not lost.
 */
export async function publishCall(
  deps: { calls: CallRepository; now: () => Date },
  id: string,
): Promise<Result<CallRecord, 'not-found' | 'conflict'>> {
  const record = await deps.calls.get(id);
  if (!record) return fail('not-found');
  if (record.status === 'published') return ok(record);
  const at = deps.now().toISOString();
  const next: CallRecord = {
    ...record,
    status: 'published',
    updatedAt: at,
    publishedAt: at,
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
