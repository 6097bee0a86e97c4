import { describe, expect, it } from 'vitest';
import { accountKeys } from '../accounts/repository';
import { storyKeys } from '../stories/keys';
import { EVENT_HANDLERS } from './catalogue';

const retention = EVENT_HANDLERS.find((entry) => entry.name === 'retention')!;
type Pattern = {
  eventName: string[];
  dynamodb: { Keys?: { sk: { S: (string | { prefix: string })[] } }; NewImage?: unknown };
};
const patterns = retention.filters as unknown as Pattern[];

describe('the retention entry of the catalogue', () => {
  it('asks for a story modified into withdrawn', () => {
    expect(patterns).toContainEqual({
      eventName: ['MODIFY'],
      dynamodb: {
        Keys: { sk: { S: [storyKeys.story('x').sk] } },
        NewImage: { status: { S: ['withdrawn'] } },
      },
    });
  });

  it('asks for every decision on a comment (its story may have been withdrawn just before)', () => {
    expect(patterns).toContainEqual({
      eventName: ['INSERT'],
      dynamodb: { NewImage: { entity: { S: ['audit'] }, entityType: { S: ['comment'] } } },
    });
  });

  it('asks for every deleted story, comment, reply and comment pointer, by the repositories’ keys', () => {
    const removal = patterns.find((p) => p.eventName.includes('REMOVE'))!;
    const commentPointer = accountKeys.contribution('sub', {
      kind: 'comment',
      storyId: 'S',
      commentId: 'C',
    }).sk;
    expect(removal.dynamodb.Keys!.sk.S).toEqual([
      storyKeys.story('x').sk,
      { prefix: storyKeys.commentPrefix },
      { prefix: storyKeys.allRepliesPrefix },
      { prefix: commentPointer.slice(0, -'S#C'.length) },
    ]);
    expect(storyKeys.comment('S', 'C').sk.startsWith(storyKeys.commentPrefix)).toBe(true);
    expect(storyKeys.reply('S', 'P', 'R').sk.startsWith(storyKeys.allRepliesPrefix)).toBe(true);
  });
});
