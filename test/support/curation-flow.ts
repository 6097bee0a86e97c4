import type { Exhibition, ExhibitionInput } from '../../shared/schemas/curation';
import { PERSONAS, type Persona, type TestApp } from './test-app';

/** A valid new exhibition; overrides are applied as they are. */
export function makeExhibitionInput(overrides: Partial<ExhibitionInput> = {}): ExhibitionInput {
  return {
    title: { de: 'Schicht im Schacht', en: 'End of the shift' },
    intro: { de: 'Erinnerungen an die letzten Zechen.', en: 'Memories of the last collieries.' },
    venue: 'Deutsches Bergbau-Museum Bochum, Halle 3',
    opensAt: '2026-05-01',
    closesAt: '2026-10-31',
    ...overrides,
  };
}

async function expectStatus(
  res: Awaited<ReturnType<TestApp['call']>>,
  status: number,
  what: string,
) {
  if (res.status !== status)
    throw new Error(`${what}: expected ${status}, got ${res.status} ${res.text}`);
  return res.json;
}

/** Kai (a curator) starts an exhibition; it is a draft. */
export async function createExhibition(
  t: TestApp,
  overrides: Partial<ExhibitionInput> = {},
  curator: Persona = PERSONAS.kai,
): Promise<Exhibition> {
  const res = await t.call('POST', '/api/exhibitions', {
    as: curator,
    body: makeExhibitionInput(overrides),
  });
  return expectStatus(res, 201, 'create exhibition');
}

/** Kai starts an exhibition and publishes it. */
export async function publishedExhibition(
  t: TestApp,
  overrides: Partial<ExhibitionInput> = {},
): Promise<Exhibition> {
  const { id } = await createExhibition(t, overrides);
  const res = await t.call('POST', `/api/exhibitions/${id}/publish`, { as: PERSONAS.kai });
  return expectStatus(res, 200, 'publish exhibition');
}

/** Kai adds a story to an exhibition; throws unless it answers 201. */
export async function addItem(
  t: TestApp,
  exhibitionId: string,
  storyId: string,
  caption?: { de: string; en?: string },
) {
  const res = await t.call('POST', `/api/exhibitions/${exhibitionId}/items`, {
    as: PERSONAS.kai,
    body: caption ? { storyId, caption } : { storyId },
  });
  return expectStatus(res, 201, 'add exhibition item');
}

/** The exhibition as `as` sees it (anonymous without one). */
export async function getExhibition(t: TestApp, id: string, as?: Persona) {
  return t.call('GET', `/api/exhibitions/${id}`, { as });
}
