import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { StoryInputSchema } from '../../shared/schemas/story';
import type { User } from '../../functions/src/core/auth';
import type { Db } from '../../functions/src/core/dynamo';
import type { Deps } from '../../functions/src/core/deps';
import {
  accountsContextOf,
  moderationContextOf,
  storiesContextOf,
} from '../../functions/src/composition';
import { decideStory } from '../../functions/src/moderation/commands/decide-story';
import { postComment } from '../../functions/src/stories/commands/post-comment';
import { reportItem } from '../../functions/src/stories/commands/report-item';
import { setVote } from '../../functions/src/stories/commands/set-vote';
import { submitStory } from '../../functions/src/stories/commands/submit-story';
import { DEMO_PERSONAS, demoUser, type DemoPersonaId } from '../../shared/demo-personas';
import { DEMO_STORIES } from './demo-content';
import { seedDemoCalls } from './demo-calls';
import { seedDemoExhibition } from './demo-exhibition';
import { prepareDemoMedia, publishDemoMedia } from './demo-media';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Whether the table holds nothing yet (a Scan of one item: start-up only, never a request path). */
export async function isTableEmpty(db: Db): Promise<boolean> {
  const out = await db.doc.send(new ScanCommand({ TableName: db.tableName, Limit: 1 }));
  return (out.Items ?? []).length === 0;
}

/**
 * Writes the demo stories through the same commands the API uses (submit, approve, comment,
 * support), each at its own moment in the past, so the data is what real use would leave behind;
 * their photos and recording go through the real processing into the media bucket first, and a
 * published story's media get their public copies. Then Kai's demo exhibition of stories with
 * media. Returns the number of stories written.
 */
export async function seedDemoContent(
  deps: Pick<Deps, 'db' | 'media'>,
  now = new Date(),
): Promise<number> {
  const user = (id: DemoPersonaId): User => demoUser(id);
  const moderator = DEMO_PERSONAS.find((p) => p.groups.includes('moderators'))!;
  const stories = storiesContextOf({ ...deps, now: () => now });
  const moderation = moderationContextOf({ ...deps, now: () => now });
  const at = (ms: number) => () => new Date(ms);
  const { accounts } = accountsContextOf({ ...deps, now: () => now });

  // Every persona appears under one name: the profile's, which the stories and comments copy.
  for (const persona of DEMO_PERSONAS) {
    await accounts.ensureProfile(persona.sub, { displayName: persona.name }, now);
  }

  // Every photo and the recording are processed at once (sharp uses all cores), before the
  // stories that name them are submitted, as a person uploads before sending a story.
  const media = await Promise.all(
    DEMO_STORIES.map((demo) =>
      demo.media?.length
        ? prepareDemoMedia(
            deps,
            user(demo.author).sub,
            demo.media,
            new Date(now.getTime() - demo.submittedDaysAgo * DAY - HOUR),
            now,
          )
        : [],
    ),
  );
  const storyIds = new Map<string, string>();

  for (const [index, demo] of DEMO_STORIES.entries()) {
    const submittedAt = now.getTime() - demo.submittedDaysAgo * DAY;
    const input = StoryInputSchema.parse({ ...demo.input, media: media[index] });
    const submitted = await submitStory(
      { ...stories, now: at(submittedAt) },
      user(demo.author),
      input,
    );
    if (!submitted.ok)
      throw new Error(`Could not submit demo story ${demo.key}: ${submitted.reason}`);
    const story = submitted.value;
    storyIds.set(demo.key, story.id);
    if (demo.state !== 'published') continue;
    const publishedAt = submittedAt + (demo.decidedAfterHours ?? 24) * HOUR;
    const decided = await decideStory(
      { ...moderation, now: at(publishedAt) },
      user(moderator.id),
      story.id,
      { decision: 'approve' },
    );
    if (!decided.ok) throw new Error(`Could not publish demo story ${demo.key}: ${decided.reason}`);
    await publishDemoMedia(deps.media, story.media);
    for (const comment of demo.comments ?? []) {
      const when = Math.min(now.getTime() - HOUR, publishedAt + comment.daysAfterPublication * DAY);
      await postComment({ ...stories, now: at(when) }, user(comment.author), story.id, {
        body: comment.body,
      });
    }
    for (const supporter of demo.supporters ?? []) {
      await setVote({ ...stories, now: at(now.getTime()) }, user(supporter), story.id, true);
    }
    for (const report of demo.reports ?? []) {
      const reported = await reportItem(
        { ...stories, now: at(now.getTime() - 2 * HOUR) },
        user(report.by),
        { storyId: story.id },
        report,
      );
      if (!reported.ok)
        throw new Error(`Could not report demo story ${demo.key}: ${reported.reason}`);
    }
  }
  await seedDemoExhibition(deps, storyIds, now);
  // The museum's calls for stories, with answers of their own (./demo-calls.ts).
  return DEMO_STORIES.length + (await seedDemoCalls(deps, now));
}
