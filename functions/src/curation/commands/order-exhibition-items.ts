import type { Db } from '../../core/dynamo';
import { isId } from '../../core/ids';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { ExhibitionItemRecord, ExhibitionRecord } from '../exhibition-record';
import type { ExhibitionRepository } from '../exhibition-repository';

type Loaded = { exhibition: ExhibitionRecord; items: ExhibitionItemRecord[] };
type Reason = 'not-found' | 'not-the-current-items' | 'conflict';

/**
 * A curator sets the order of an exhibition's stories. The list must name exactly the stories it
 * holds (a partial or stale list would silently drop or misplace some); the positions are written
 * in one TransactWriteItems that holds only while the exhibition still holds exactly those.
 */
export async function orderExhibitionItems(
  deps: { db: Db; exhibitions: ExhibitionRepository },
  exhibitionId: string,
  storyIds: string[],
): Promise<Result<Loaded, Reason>> {
  const loaded = isId(exhibitionId) ? await deps.exhibitions.load(exhibitionId) : null;
  if (!loaded) return fail('not-found');
  const current = new Set(loaded.items.map((item) => item.storyId));
  const same = storyIds.length === current.size && storyIds.every((id) => current.has(id));
  if (!same) return fail('not-the-current-items');
  if (storyIds.length === 0) return ok(loaded);
  try {
    await transactWrite(deps.db, deps.exhibitions.orderItems(exhibitionId, storyIds));
  } catch (error) {
    if (error instanceof TransactionConditionError) return fail('conflict');
    throw error;
  }
  const position = new Map(storyIds.map((id, index) => [id, index + 1]));
  const items = loaded.items.map((item) => ({ ...item, position: position.get(item.storyId)! }));
  return ok({ exhibition: loaded.exhibition, items });
}
