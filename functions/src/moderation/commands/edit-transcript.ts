import type { StoredMedia } from '../../../../shared/schemas/media';
import type { TranscriptInput } from '../../../../shared/schemas/moderation';
import { AccountErasedError } from '../../accounts/repository';
import type { User } from '../../core/auth';
import { fail, ok, type Result } from '../../core/result';
import { TransactionConditionError, transactWrite } from '../../core/transact';
import type { StoryRecord } from '../../stories/story-record';
import { canDecide } from '../permissions';
import type { DecisionDeps } from './decide-story';

type Reason = 'not-found' | 'no-recording' | 'own-item' | 'conflict';

/**
 * A moderator writes (or corrects) the transcript of a waiting story's recording (DESIGN §9: a
 * recording is published only with one). Only while the story is pending and still the version
 * the moderator read: the story's update (its version bumped, its place in the queue kept) and
 * the audit entry `transcript-edited` are one TransactWriteItems. Like a decision, never on the
 * moderator's own story, and only while the moderator has not erased their account.
 */
export async function editTranscript(
  deps: Omit<DecisionDeps, 'storyEffects'>,
  moderator: User,
  target: { storyId: string; mediaId: string },
  input: TranscriptInput,
): Promise<Result<StoryRecord, Reason>> {
  const story = await deps.stories.get(target.storyId, true);
  if (!story || story.status === 'withdrawn') return fail('not-found');
  if (!canDecide({ moderator, item: story })) return fail('own-item');
  const media = story.media ?? [];
  const index = media.findIndex((m) => m.id === target.mediaId && m.kind === 'audio');
  if (index < 0) return fail('no-recording');
  if (story.status !== 'pending' || story.version !== input.version) return fail('conflict');
  const edited = media.map((m, i): StoredMedia =>
    i === index && m.kind === 'audio' ? { ...m, transcript: input.transcript } : m,
  );
  const at = deps.now().toISOString();
  try {
    await transactWrite(deps.db, {
      ...deps.stories.stateChangeItems(story, { to: 'pending', at, content: { media: edited } }),
      audit: deps.audit.entryItem({
        entityType: 'story',
        entityId: story.id,
        title: story.title,
        decision: 'transcript-edited',
        fromStatus: story.status,
        toStatus: story.status,
        actorSub: moderator.sub,
        at,
      }),
      actor: deps.accounts.notErasedItem(moderator.sub),
    });
  } catch (error) {
    if (error instanceof TransactionConditionError && error.failed('actor'))
      throw new AccountErasedError();
    if (error instanceof TransactionConditionError) return fail('conflict');
    throw error;
  }
  return ok({ ...story, media: edited, updatedAt: at, version: story.version + 1 });
}
