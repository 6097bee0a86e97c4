import type { ExhibitionItem, Localized } from '../../../../shared/schemas/curation';
import { isId } from '../../core/ids';
import { fail, ok, type Result } from '../../core/result';
import { toExhibitionItems } from '../exhibition-record';
import type { ExhibitionRepository } from '../exhibition-repository';

/**
 * A curator rewrites (or removes, with `null`) the caption of a story already in an exhibition.
 * One conditional UpdateItem on the item, so a story taken out meanwhile is a 404, not revived;
 * the answer is the item in its place in the exhibition's order.
 */
export async function captionExhibitionItem(
  deps: { exhibitions: ExhibitionRepository },
  exhibitionId: string,
  storyId: string,
  caption: Localized | null,
): Promise<Result<ExhibitionItem, 'not-found'>> {
  if (!isId(exhibitionId) || !isId(storyId)) return fail('not-found');
  const changed = await deps.exhibitions.setCaption(exhibitionId, storyId, caption ?? undefined);
  if (!changed) return fail('not-found');
  const loaded = await deps.exhibitions.load(exhibitionId);
  const shown = toExhibitionItems(loaded?.items ?? [changed]).find((i) => i.storyId === storyId);
  return ok(shown ?? { ...toExhibitionItems([changed])[0]!, caption: caption ?? undefined });
}
