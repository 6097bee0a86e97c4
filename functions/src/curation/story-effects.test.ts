import { describe, expect, it } from 'vitest';
import type { Db } from '../core/dynamo';
import { exhibitionKeys } from './exhibition-keys';
import { createExhibitionRepository } from './exhibition-repository';
import { createCuratorNoticeRepository } from './curator-notice-repository';
import { createStoryEffects } from './story-effects';

// Item builders only: no request is sent through this client.
const db = { tableName: 'T', doc: undefined as never } as Db;
const AT = '2026-03-01T10:00:00.000Z';

/** The real repositories; only the notices' one read (exhibition titles) is replaced. */
function setup() {
  const reads: string[][] = [];
  const notices = {
    ...createCuratorNoticeRepository(db),
    titles: async (ids: string[]) => {
      reads.push(ids);
      return ids.map((id) => ({ id, title: { de: `Ausstellung ${id}` } }));
    },
  };
  const effects = createStoryEffects({ exhibitions: createExhibitionRepository(db), notices });
  return { effects, reads };
}

const story = { id: 'S1', title: 'Die letzte Schicht', exhibitionIds: new Set(['E1', 'E2']) };

describe("curation's side of a story leaving publication", () => {
  it('takes a withdrawn story out of every exhibition, conditionally, and tells the curators', async () => {
    const { effects, reads } = setup();
    const items = await effects.leftPublication(story, { cause: 'withdrawn', at: AT });
    expect(items).toHaveLength(5);
    const deletes = items.filter((item) => item.Delete);
    expect(deletes.map((item) => item.Delete!.Key)).toEqual([
      exhibitionKeys.item('E1', 'S1'),
      exhibitionKeys.item('E2', 'S1'),
    ]);
    expect(
      deletes.every((item) => item.Delete!.ConditionExpression === 'attribute_exists(pk)'),
    ).toBe(true);
    const counts = items.filter((item) => item.Update);
    expect(counts.map((item) => item.Update!.Key)).toEqual([
      exhibitionKeys.meta('E1'),
      exhibitionKeys.meta('E2'),
    ]);
    for (const count of counts) {
      expect(count.Update!.ConditionExpression).toBe('entity = :exhibition');
      expect(count.Update!.ExpressionAttributeValues?.[':delta']).toBe(-1);
    }
    const notice = items.find((item) => item.Put)!.Put!.Item!;
    expect(notice).toMatchObject({ pk: exhibitionKeys.curatorNotices, kind: 'story-withdrawn' });
    expect(notice.exhibitions).toHaveLength(2);
    expect(reads).toEqual([['E1', 'E2']]);
  });

  it('takes a hidden story out without a notice, and reads nothing', async () => {
    const { effects, reads } = setup();
    for (const cause of ['hidden', 'reports'] as const) {
      const items = await effects.leftPublication(story, { cause, at: AT });
      expect(items).toHaveLength(4);
      expect(items.some((item) => item.Put)).toBe(false);
    }
    expect(reads).toEqual([]);
  });

  it('adds nothing for a story in no exhibition', async () => {
    const { effects, reads } = setup();
    const alone = { id: 'S2', title: 'Allein', exhibitionIds: undefined };
    expect(await effects.leftPublication(alone, { cause: 'withdrawn', at: AT })).toEqual([]);
    expect(await effects.consentChanged(alone, { exhibition: false, at: AT })).toEqual([]);
    expect(reads).toEqual([]);
  });
});

describe("curation's side of a consent change", () => {
  it('withdrawn exhibition consent leaves every exhibition with a consent notice', async () => {
    const { effects } = setup();
    const items = await effects.consentChanged(story, {
      exhibition: false,
      research: true,
      at: AT,
    });
    expect(items.filter((item) => item.Delete)).toHaveLength(2);
    // The items go, so no research copy is written onto them.
    expect(items.some((item) => item.Update?.UpdateExpression?.includes('consentResearch'))).toBe(
      false,
    );
    expect(items.find((item) => item.Put)!.Put!.Item!.kind).toBe('exhibition-consent-withdrawn');
  });

  it('a research change is copied onto each exhibition item that still exists', async () => {
    const { effects } = setup();
    const items = await effects.consentChanged(story, { research: true, at: AT });
    expect(items.map((item) => item.Update!.Key)).toEqual([
      exhibitionKeys.item('E1', 'S1'),
      exhibitionKeys.item('E2', 'S1'),
    ]);
    for (const item of items) {
      expect(item.Update!.ConditionExpression).toBe('attribute_exists(pk)');
      expect(item.Update!.ExpressionAttributeValues).toEqual({ ':research': true });
    }
  });

  it('granting exhibition consent again changes nothing in curation', async () => {
    const { effects } = setup();
    expect(await effects.consentChanged(story, { exhibition: true, at: AT })).toEqual([]);
  });
});
