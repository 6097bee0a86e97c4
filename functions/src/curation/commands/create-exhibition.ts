import type { ExhibitionInput } from '../../../../shared/schemas/curation';
import type { User } from '../../core/auth';
import { newId } from '../../core/ids';
import type { ExhibitionRecord } from '../exhibition-record';
import type { ExhibitionRepository } from '../exhibition-repository';

/** A curator starts an exhibition; it stays a draft, seen only by curators, until published. */
export async function createExhibition(
  deps: { exhibitions: ExhibitionRepository; now: () => Date },
  curator: User,
  input: ExhibitionInput,
): Promise<ExhibitionRecord> {
  const now = deps.now();
  const at = now.toISOString();
  const record: ExhibitionRecord = {
    id: newId(now),
    status: 'draft',
    ...input,
    itemCount: 0,
    createdAt: at,
    updatedAt: at,
    createdBy: curator.sub,
    version: 1,
  };
  await deps.exhibitions.create(record);
  return record;
}
