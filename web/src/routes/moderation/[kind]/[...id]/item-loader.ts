import type { QueueEntry } from '$shared';
import { getStory } from '$lib/api/stories';

/**
 * A story that is not (or no longer) waiting in a queue, shaped like a queue item so the item
 * view can show it, its history and the decisions its state allows (hide a published story,
 * restore a hidden one). Its flags are computed here with the same pre-screen as the server's,
 * loaded only when needed.
 */
export async function storyOutsideQueue(storyId: string, now = Date.now()): Promise<QueueEntry> {
  const [story, { screenStory }] = await Promise.all([
    getStory(storyId),
    import('$shared/prescreen/screen-story'),
  ]);
  const { flags, flagSpans } = screenStory(story);
  const { comments: _comments, ...plain } = story;
  return {
    kind: 'story',
    id: story.id,
    storyId: story.id,
    submittedAt: story.createdAt,
    ageSeconds: Math.max(0, Math.round((now - Date.parse(story.createdAt)) / 1000)),
    flags,
    flagSpans: flagSpans.map(({ field, kind, start, end }) => ({ field, kind, start, end })),
    story: plain,
  };
}
