import type { Contribution } from '../../accounts/repository';
import type { Db } from '../../core/dynamo';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { CommentRepository } from '../comment-repository';
import type { StoryEffects } from '../ports';
import type { StoryRepository } from '../repository';

/** How often one story is read again when it changed between its read and the rename's write. */
const STORY_ATTEMPTS = 5;
/** Stories and comments renamed at the same time, so a long history does not take long. */
const PARALLEL = 8;

/**
 * A person chose a new display name: each of their stories and comments shows it from now on
 * (DESIGN §6). Per story one GetItem and one TransactWriteItems (the story, its feed cards and
 * pick slot while published under the name, its exhibition items), conditional on the version
 * read; per comment one UpdateItem. The author's own comment on their anonymous story keeps no
 * name, and an anonymous story's name is never copied anywhere.
 */
export async function renameAuthor(
  deps: {
    db: Db;
    stories: StoryRepository;
    comments: CommentRepository;
    storyEffects: StoryEffects;
  },
  sub: string,
  name: string,
  contributions: Contribution[],
): Promise<{ stories: number; comments: number }> {
  let stories = 0;
  let comments = 0;
  const tasks = contributions.map((ref) => async () => {
    if (ref.kind === 'comment') {
      if (await deps.comments.renameAuthor(ref.storyId, ref.commentId, sub, name)) comments++;
    } else if (await renameStory(deps, ref.storyId, sub, name)) stories++;
  });
  for (let i = 0; i < tasks.length; i += PARALLEL)
    await Promise.all(tasks.slice(i, i + PARALLEL).map((task) => task()));
  return { stories, comments };
}

async function renameStory(
  deps: Parameters<typeof renameAuthor>[0],
  storyId: string,
  sub: string,
  name: string,
): Promise<boolean> {
  for (let attempt = 1; attempt <= STORY_ATTEMPTS; attempt++) {
    const story = await deps.stories.get(storyId, true);
    if (!story || story.authorSub !== sub) return false;
    if (story.authorName === name) return false;
    const items = deps.stories.authorNameItems(story, name);
    const named = story.status === 'published' && story.attribution === 'name';
    try {
      await transactWrite(deps.db, {
        ...items,
        exhibitions: named ? deps.storyEffects.authorRenamed(story, name) : undefined,
      });
      return true;
    } catch (error) {
      // The story changed since it was read (a decision, an exhibition): read it again.
      if (!(error instanceof TransactionConditionError)) throw error;
    }
  }
  throw new Error(`Story ${storyId} kept changing while its author's name was being changed`);
}
