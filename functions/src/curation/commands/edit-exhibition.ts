import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { ZodError } from 'zod';
import { ExhibitionInputSchema, type ExhibitionPatch } from '../../../../shared/schemas/curation';
import { fail, ok, type Result } from '../../core/result';
import type { ExhibitionRecord } from '../exhibition-record';
import type { ExhibitionRepository } from '../exhibition-repository';

type Reason = 'not-found' | 'conflict' | { invalid: ZodError };

/**
 * A curator changes an exhibition's texts, venue or dates, in any status. The patch is merged and
 * validated as a whole (an exhibition never closes before it opens), and written conditional on
 * the version read, so two curators editing at once cannot silently overwrite each other.
 */
export async function editExhibition(
  deps: { exhibitions: ExhibitionRepository; now: () => Date },
  id: string,
  patch: ExhibitionPatch,
): Promise<Result<ExhibitionRecord, Reason>> {
  const record = await deps.exhibitions.get(id);
  if (!record) return fail('not-found');
  // `null` in a patch clears an optional field.
  const cleared = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? undefined]));
  const { title, intro, venue, opensAt, closesAt } = { ...record, ...cleared };
  const merged = ExhibitionInputSchema.safeParse({ title, intro, venue, opensAt, closesAt });
  if (!merged.success) return { ok: false, reason: { invalid: merged.error } };
  // Every field explicitly: one the patch cleared must not survive from the record.
  const fields = {
    title: merged.data.title,
    intro: merged.data.intro,
    venue: merged.data.venue,
    opensAt: merged.data.opensAt,
    closesAt: merged.data.closesAt,
  };
  const next: ExhibitionRecord = {
    ...record,
    ...fields,
    updatedAt: deps.now().toISOString(),
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
