import { ExhibitionInputSchema, type Localized } from '../../shared/schemas/curation';
import type { Deps } from '../../functions/src/core/deps';
import { curationContextOf } from '../../functions/src/composition';
import { addExhibitionItem } from '../../functions/src/curation/commands/add-exhibition-item';
import { createExhibition } from '../../functions/src/curation/commands/create-exhibition';
import { setExhibitionStatus } from '../../functions/src/curation/commands/set-exhibition-status';
import { demoUser } from '../../shared/demo-personas';

const DAY = 86_400_000;

/** The demo exhibition's stories (keys of ./demo-content), in order, with Kai's captions. */
const ITEMS: { key: string; caption: Localized }[] = [
  {
    key: 'last-shift-hannover',
    caption: {
      de: 'Die letzte Seilfahrt: Heinz erinnert sich an das Geräusch des Seils.',
      en: 'The last ride down: Heinz remembers the sound of the rope.',
    },
  },
  {
    key: 'tauben-katernberg',
    caption: {
      de: 'Über der Grube nur Himmel: die Brieftauben von Katernberg.',
      en: 'Above the pit, only sky: the racing pigeons of Katernberg.',
    },
  },
  {
    key: 'ziege-liese-eving',
    caption: {
      de: 'Garten, Stall und Ziege: das Leben in der Alten Kolonie Eving.',
      en: 'Garden, shed and goat: life in the Alte Kolonie Eving.',
    },
  },
  {
    key: 'prosper-haniel-kitchen',
    caption: {
      de: 'Die letzte Schicht 2018, am Küchentisch erlebt – mit dem Steigerlied zum Anhören.',
      en: 'The last shift of 2018, seen from the kitchen, with the Steigerlied to listen to.',
    },
  },
];

/**
 * Kai's published demo exhibition: stories with photos and the recording, so the exhibition page
 * and its kiosk show media from the first start. Written through the curation commands, as the
 * curation workspace does; open from a month before the seed's day for a year.
 */
export async function seedDemoExhibition(
  deps: Pick<Deps, 'db'>,
  storyIds: Map<string, string>,
  now: Date,
): Promise<string> {
  const curation = curationContextOf({ ...deps, now: () => now });
  const kai = demoUser('kai');
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const input = ExhibitionInputSchema.parse({
    title: { de: 'Glück auf! Bilder und Stimmen', en: 'Glück auf! Pictures and voices' },
    intro: {
      de: 'Vier Erinnerungen aus dem Revier, mit Zeichnungen und einer Aufnahme des Steigerlieds. Die Bilder und die Aufnahme sind für die Demo gemacht.',
      en: 'Four memories from the Ruhr, with drawings and a recording of the Steigerlied. The pictures and the recording were made for the demo.',
    },
    venue: 'Deutsches Bergbau-Museum Bochum, Foyer',
    opensAt: day(now.getTime() - 30 * DAY),
    closesAt: day(now.getTime() + 365 * DAY),
  });
  const exhibition = await createExhibition(curation, kai, input);
  for (const { key, caption } of ITEMS) {
    const storyId = storyIds.get(key);
    if (!storyId) throw new Error(`The demo exhibition names an unknown story ${key}`);
    const added = await addExhibitionItem(curation, kai, exhibition.id, { storyId, caption });
    if (!added.ok) throw new Error(`Could not add ${key} to the demo exhibition: ${added.reason}`);
  }
  const published = await setExhibitionStatus(curation, exhibition.id, 'published');
  if (!published.ok) throw new Error(`Could not publish the demo exhibition: ${published.reason}`);
  return exhibition.id;
}
