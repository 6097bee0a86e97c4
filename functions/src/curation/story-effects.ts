import type { CuratorNotice } from '../../../shared/schemas/curation';
import type { TransactItem } from '../core/transact';
import type { StoryEffects, StorySnapshot } from '../stories/ports';
import type { ExhibitionRepository } from './exhibition-repository';
import type { CuratorNoticeRepository } from './curator-notice-repository';

/**
 * Curation's side of the stories port: a story that leaves publication, or loses its exhibition
 * consent, leaves every exhibition it is in (kiosks included) in the author's or moderator's own
 * transaction; when the author did it, curators get a notice naming the exhibitions as they were.
 * A research consent change is copied onto the story's exhibition items.
 */
export function createStoryEffects(deps: {
  exhibitions: ExhibitionRepository;
  notices: CuratorNoticeRepository;
}): StoryEffects {
  const { exhibitions, notices } = deps;

  /** Every exhibition the story is in, and a notice to curators when `kind` is given. */
  async function leaveAll(
    story: StorySnapshot,
    at: string,
    kind?: CuratorNotice['kind'],
  ): Promise<TransactItem[]> {
    const ids = [...(story.exhibitionIds ?? [])];
    if (ids.length === 0) return [];
    const items = ids.flatMap((id) => exhibitions.leaveItems(id, story.id));
    if (!kind) return items;
    const shownIn = await notices.titles(ids);
    const notice = { storyId: story.id, storyTitle: story.title, exhibitions: shownIn, at };
    return [...items, notices.consentWithdrawnItem(notice, kind)];
  }

  return {
    async leftPublication(story, { cause, at }) {
      const told = { withdrawn: 'story-withdrawn', erased: 'story-erased' } as const;
      return leaveAll(
        story,
        at,
        cause === 'withdrawn' || cause === 'erased' ? told[cause] : undefined,
      );
    },

    async consentChanged(story, change) {
      if (change.exhibition === false) {
        return leaveAll(story, change.at, 'exhibition-consent-withdrawn');
      }
      const { research } = change;
      if (research === undefined) return [];
      return [...(story.exhibitionIds ?? [])].map((id) =>
        exhibitions.researchConsentItem(id, story.id, research),
      );
    },

    authorRenamed(story, name) {
      return [...(story.exhibitionIds ?? [])].map((id) =>
        exhibitions.authorNameItem(id, story.id, name),
      );
    },

    authorAnonymised(story) {
      return [...(story.exhibitionIds ?? [])].map((id) =>
        exhibitions.authorNameItem(id, story.id, null),
      );
    },
  };
}
