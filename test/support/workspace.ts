import type { Comment } from '../../shared/schemas/comment';
import type { QueueEntry } from '../../shared/schemas/moderation';
import type { Story, StoryCard } from '../../shared/schemas/story';
import { readAllPages } from './story-flow';
import { PERSONAS, type Persona, type TestApp } from './test-app';

/** Every entry of one moderation queue, oldest first, read by Mia. */
export const queueEntries = (t: TestApp, kind: 'stories' | 'comments' | 'reports') =>
  readAllPages<QueueEntry>(t, `/api/moderation/queue?kind=${kind}&limit=50`, {
    as: PERSONAS.mia,
  });

/** The ids in the public feed for a query string such as `theme=colliery&sort=top`. */
export async function feedIds(t: TestApp, query = ''): Promise<string[]> {
  const cards = await readAllPages<StoryCard>(t, `/api/stories?limit=50&${query}`);
  return cards.map((card) => card.id);
}

/** The public feed card of a story, or undefined when it is not in the feed. */
export async function feedCard(t: TestApp, id: string): Promise<StoryCard | undefined> {
  return (await readAllPages<StoryCard>(t, '/api/stories?limit=50')).find((c) => c.id === id);
}

/** Posts a comment (or a reply) as `persona`; throws unless it answers 201. */
export async function postComment(
  t: TestApp,
  persona: Persona,
  storyId: string,
  body: string,
  parentId?: string,
): Promise<Comment> {
  const res = await t.call('POST', `/api/stories/${storyId}/comments`, {
    as: persona,
    body: parentId ? { body, parentId } : { body },
  });
  if (res.status !== 201) throw new Error(`comment: expected 201, got ${res.status} ${res.text}`);
  return res.json as Comment;
}

/** Reports a story, or a comment on it, as `persona`; answers the raw response. */
export const report = (
  t: TestApp,
  persona: Persona | undefined,
  target: { storyId: string; commentId?: string },
  body: unknown = { reason: 'offensive' },
) =>
  t.call(
    'POST',
    target.commentId
      ? `/api/stories/${target.storyId}/comments/${target.commentId}/reports`
      : `/api/stories/${target.storyId}/reports`,
    { as: persona, body },
  );
