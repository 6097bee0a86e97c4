import type { StoredMedia, StoryMediaInput } from '../../../shared/schemas/media';
import { fail, ok, type Result } from '../core/result';
import type { NamedItems, TransactionConditionError } from '../core/transact';
import type { MediaRefused } from './media-problems';
import type { MediaLibrary } from './ports';

const ATTACHED = 'media:';

/**
 * The story's media for its transaction (DESIGN §9), through the media context's port. Each
 * medium's item gets a name of its own (`media:<index>`), so that a condition failing on one (the
 * author attached it to another story meanwhile) points at that medium; the port gives the
 * attaching items first, in the author's order, then those that release what an edit left out.
 * At most 7 media and 7 released: with the story's own items well under the 100 of a transaction.
 */
export async function attachMedia(
  library: MediaLibrary,
  ownerSub: string,
  storyId: string,
  inputs: StoryMediaInput[],
  previous?: StoredMedia[],
): Promise<Result<{ media: StoredMedia[]; items: NamedItems }, MediaRefused>> {
  const attached = await library.attach(ownerSub, storyId, inputs, previous);
  if (attached.ok) {
    const { media, items } = attached.value;
    const named: NamedItems = { released: items.slice(inputs.length) };
    items.slice(0, inputs.length).forEach((item, index) => (named[`${ATTACHED}${index}`] = item));
    return ok({ media, items: named });
  }
  // The port says why, not which: on this rare path each medium is asked about alone, in order.
  for (const [index, input] of inputs.entries()) {
    const one = await library.attach(ownerSub, storyId, [input]);
    if (!one.ok) return fail({ media: one.reason, index });
  }
  return fail({ media: attached.reason, index: 0 });
}

/**
 * The medium whose item's condition failed in the story's transaction, if one did: it is no
 * longer the author's to attach (another of their stories took it, or it is gone).
 */
export function refusedMedium(error: TransactionConditionError): MediaRefused | undefined {
  for (const name of error.failedNames) {
    if (name.startsWith(ATTACHED))
      return { media: 'media-not-found', index: Number(name.slice(ATTACHED.length)) };
  }
  return undefined;
}
