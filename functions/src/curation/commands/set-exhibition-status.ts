import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { ExhibitionStatus } from '../../../../shared/schemas/curation';
import { fail, ok, type Result } from '../../core/result';
import type { ExhibitionRecord } from '../exhibition-record';
import type { ExhibitionRepository } from '../exhibition-repository';

/**
 * A curator publishes an exhibition (everyone sees it, kiosks show it) or takes it back to draft.
 * Idempotent: asking for the status it already has changes nothing. Conditional on the version
 * read, so a concurrent edit or status change is a conflict rather than lost.
 */
export async function setExhibitionStatus(
  deps: { exhibitions: ExhibitionRepository; now: () => Date },
  id: string,
  status: ExhibitionStatus,
): Promise<Result<ExhibitionRecord, 'not-found' | 'conflict'>> {
  const record = await deps.exhibitions.get(id);
  if (!record) return fail('not-found');
  if (record.status === status) return ok(record);
  const at = deps.now().toISOString();
  const next: ExhibitionRecord = {
    ...record,
    status,
    updatedAt: at,
    // The first publication is kept: it dates the exhibition in the public list.
    publishedAt: status === 'published' ? (record.publishedAt ?? at) : record.publishedAt,
    version: record.version + 1,
  };
  try {
    await deps.exhibitions.save(next, record.version);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return fail('conflict');
    throw error;
  }
  return ok(next);
}
