import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { rewritePublicPlaceNames } from '../scripts/migrations/public-place-names';
import { storyKeys } from '../functions/src/stories/keys';
import { addItem, createExhibition } from './support/curation-flow';
import { newResident, publishStory, readAllPages } from './support/story-flow';
import { createTestApp, PERSONAS, type TestApp } from './support/test-app';

const typed = 'Hauptstraße 12, Bochum-Hordel';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});

/** Every place name a payload carries, wherever it sits in the JSON. */
const placeNames = (payload: unknown): string[] => {
  const names: string[] = [];
  JSON.stringify(payload, (key, value) => {
    if (key === 'place' && value && typeof value.name === 'string') names.push(value.name);
    return value;
  });
  return names;
};

describe('place names in public payloads', () => {
  it.each([
    ['neighbourhood', 'Bochum-Hordel'],
    ['city', 'Bochum'],
  ] as const)(
    'shows only the gazetteer name at %s precision: story, feed, picks, exhibition, exports',
    async (precision, shown) => {
      const author = newResident('street');
      const story = await publishStory(t, author, {
        place: { name: typed, lat: 51.50374, lng: 7.17612, precision },
        consent: {
          online: true,
          exhibition: true,
          research: false,
          license: 'CC-BY-4.0',
          termsVersion: '2026-11',
        },
      });
      const pick = await t.call('PUT', `/api/curation/picks/${story.id}`, {
        as: PERSONAS.kai,
        body: {},
      });
      expect(pick.status).toBe(200);
      const exhibition = await createExhibition(t);
      await addItem(t, exhibition.id, story.id);

      const payloads = [
        (await t.call('GET', `/api/stories/${story.id}`)).json,
        (await t.call('GET', `/api/stories/${story.id}`, { as: PERSONAS.ben })).json,
        (await readAllPages(t, '/api/stories?limit=50')).find((card) => card.id === story.id),
        (await t.call('GET', '/api/picks')).json,
        (await t.call('GET', `/api/exhibitions/${exhibition.id}`, { as: PERSONAS.kai })).json,
        (
          await t.call('GET', `/api/exhibitions/${exhibition.id}/export?format=jsonld`, {
            as: PERSONAS.kai,
          })
        ).json,
      ];
      for (const payload of payloads) {
        expect(JSON.stringify(payload)).not.toContain('Hauptstraße');
      }
      expect(placeNames(payloads[0])).toEqual([shown]);
      expect(placeNames(payloads[2])).toEqual([shown]);
      const csv = await t.call('GET', `/api/exhibitions/${exhibition.id}/export?format=csv`, {
        as: PERSONAS.kai,
      });
      expect(csv.text).toContain(shown);
      expect(csv.text).not.toContain('Hauptstraße');

      const own = await t.call('GET', `/api/stories/${story.id}`, { as: author });
      expect(own.json.place.name).toBe(typed);
      const moderator = await t.call('GET', `/api/stories/${story.id}`, { as: PERSONAS.mia });
      expect(moderator.json.place.name).toBe(typed);
    },
  );

  it('shows no name, only coarse coordinates, for a place the gazetteer cannot match', async () => {
    const story = await publishStory(t, newResident('nowhere'), {
      place: { name: 'Am Steinbruch 3', lat: 51.4436, lng: 7.3528, precision: 'city' },
    });
    const res = await t.call('GET', `/api/stories/${story.id}`);
    expect(res.json.place).toEqual({ lat: 51.4, lng: 7.4, precision: 'city' });
  });
});

describe('rewriting stored public copies (npm run migrate)', () => {
  it('rewrites feed slots written with the typed name, and changes nothing on a second run', async () => {
    const story = await publishStory(t, newResident('legacy'), {
      place: { name: typed, lat: 51.50374, lng: 7.17612, precision: 'neighbourhood' },
    });
    // Simulates a copy written before the rule: the author's text in the public card.
    await t.deps.db.doc.send(
      new UpdateCommand({
        TableName: t.deps.db.tableName,
        Key: storyKeys.feedSlot(story.id, 0),
        UpdateExpression: 'SET place = :place',
        ExpressionAttributeValues: {
          ':place': { name: typed, lat: 51.5, lng: 7.18, precision: 'neighbourhood' },
        },
      }),
    );
    const before = (await readAllPages(t, '/api/stories?limit=50')).find((c) => c.id === story.id);
    expect(placeNames(before)).toEqual([typed]);

    expect(await rewritePublicPlaceNames(t.deps.db)).toBeGreaterThanOrEqual(1);
    const after = (await readAllPages(t, '/api/stories?limit=50')).find((c) => c.id === story.id);
    expect(placeNames(after)).toEqual(['Bochum-Hordel']);
    expect(await rewritePublicPlaceNames(t.deps.db)).toBe(0);
  });
});
