import type { Story } from '../../../shared/schemas/story';
import { hasGroup, type User } from '../core/auth';
import type { MediaLibrary } from './ports';
import { isAuthor, toStory, type StoryRecord } from './story-record';

/**
 * The story as `viewer` may see it, with its media: a published story's are public (toStory);
 * one not published shows its photos and recording only to its author and moderators, with
 * short-lived private URLs (DESIGN §9), and its version (what a moderator's transcript edit
 * names). Everyone else gets no media (and no such story anyway).
 */
export async function storyWithMedia(
  library: MediaLibrary,
  record: StoryRecord,
  viewer: User | null,
): Promise<Story> {
  const story = toStory(record, viewer);
  if (record.status === 'published' || !seesPrivateMedia(record, viewer)) return story;
  return { ...story, media: await library.signed(record.media), version: record.version };
}

const seesPrivateMedia = (record: StoryRecord, viewer: User | null) =>
  isAuthor(record, viewer) || hasGroup(viewer, 'moderators');
