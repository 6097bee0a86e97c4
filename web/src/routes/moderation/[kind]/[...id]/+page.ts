import { error } from '@sveltejs/kit';
import { isQueueKind } from '../../queue.svelte';
import type { PageLoad } from './$types';

/**
 * `/moderation/{kind}/{storyId}` for a story, `/moderation/{kind}/{storyId}/{commentId}` for a
 * comment; a report is on either. Anything else is not an item.
 */
export const load: PageLoad = ({ params }) => {
  const parts = params.id.split('/').filter(Boolean);
  const kind = params.kind;
  const [storyId, commentId] = parts;
  const fits =
    isQueueKind(kind) &&
    storyId !== undefined &&
    parts.length <= 2 &&
    (kind !== 'stories' || parts.length === 1) &&
    (kind !== 'comments' || parts.length === 2);
  if (!fits || !isQueueKind(kind) || storyId === undefined) error(404, 'Not found');
  return { kind, storyId, commentId, key: parts.join('/') };
};
