import type { User } from '../../core/auth';
import type { Db } from '../../core/dynamo';
import { fail, ok, type Result } from '../../core/result';
import type { StoryRepository } from '../../stories/repository';
import type { CallRepository } from '../calls-repository';
import type { ExhibitionRecord } from '../exhibition-record';
import type { ExhibitionRepository } from '../exhibition-repository';
import { addExhibitionItem } from './add-exhibition-item';
import { createExhibition } from './create-exhibition';

type Deps = {
  db: Db;
  calls: CallRepository;
  stories: StoryRepository;
  exhibitions: ExhibitionRepository;
  now: () => Date;
};

/**
 * A curator turns a call's published answers into a draft exhibition: titled and introduced like
 * the call, with each answer whose author consented to exhibition use as an item, oldest answer
 * first. Each item goes in through the exhibition's own command (its checks and transaction), so
 * an answer withdrawn meanwhile is left out, never added.
 */
export async function buildCallExhibition(
  deps: Deps,
  curator: User,
  callId: string,
): Promise<Result<{ exhibition: ExhibitionRecord; added: number; skipped: number }, 'not-found'>> {
  const page = await deps.calls.loadPage(callId);
  if (!page) return fail('not-found');
  const { call, answers } = page;
  const exhibition = await createExhibition(deps, curator, {
    title: call.title,
    intro: call.intro,
  });
  let added = 0;
  for (const answer of [...answers].reverse()) {
    const result = await addExhibitionItem(deps, curator, exhibition.id, {
      storyId: String(answer.id),
    });
    if (result.ok) added++;
  }
  const current = (await deps.exhibitions.get(exhibition.id)) ?? exhibition;
  return ok({ exhibition: current, added, skipped: answers.length - added });
}
