import { randomUUID } from 'node:crypto';
import type { Story, StoryInputDraft } from '../../shared/schemas/story';
import { makeStoryInput } from './fixtures';
import { PERSONAS, type Persona, type TestApp } from './test-app';

/**
 * A resident of their own. Stories are limited to five an hour per person, so tests that need
 * many stories give most of them fresh authors.
 */
export function newResident(label = 'resident'): Persona {
  const id = randomUUID().slice(0, 8);
  return { sub: `u-${label}-${id}`, name: `${label} ${id}`, groups: [] };
}

/** A moderator besides Mia, for tests where two moderators act at once. */
export function newModerator(label = 'moderator'): Persona {
  return { ...newResident(label), groups: ['moderators'] };
}

async function expectStatus(
  res: { status: number; text: string; json?: unknown },
  status: number,
  what: string,
) {
  if (res.status !== status)
    throw new Error(`${what}: expected ${status}, got ${res.status} ${res.text}`);
  return res.json as Story;
}

/** Sends in a story as `persona`; it is pending. */
export async function submitStory(
  t: TestApp,
  persona: Persona,
  overrides: Partial<StoryInputDraft> = {},
): Promise<Story> {
  const res = await t.call('POST', '/api/stories', {
    as: persona,
    body: makeStoryInput(overrides),
  });
  return expectStatus(res, 201, 'submit story');
}

/** A moderator's decision on a story (Mia unless given); throws unless it answers 200. */
export async function decide(
  t: TestApp,
  id: string,
  decision: 'approve' | 'reject' | 'request-changes' | 'hide' | 'restore',
  reason?: string,
  moderator: Persona = PERSONAS.mia,
): Promise<Story> {
  const res = await t.call('POST', `/api/moderation/stories/${id}/decision`, {
    as: moderator,
    body: reason === undefined ? { decision } : { decision, reason },
  });
  return expectStatus(res, 200, `decision ${decision}`);
}

/** Sends in a story as `persona` and has Mia approve it; answers the published story. */
export async function publishStory(
  t: TestApp,
  persona: Persona,
  overrides: Partial<StoryInputDraft> = {},
): Promise<Story> {
  const story = await submitStory(t, persona, overrides);
  return decide(t, story.id, 'approve');
}

/**
 * Every item of a paged list, following `nextCursor` to the end. `onPage` sees each raw answer,
 * e.g. to hold each page to its request budget.
 */
export async function readAllPages<T = Record<string, unknown>>(
  t: TestApp,
  path: string,
  options: {
    as?: Persona;
    onPage?: (page: { items: T[]; nextCursor: string | null }) => void;
  } = {},
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const url: string = cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path;
    const res = await t.call('GET', url, { as: options.as });
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${res.text}`);
    options.onPage?.(res.json);
    items.push(...(res.json.items as T[]));
    cursor = res.json.nextCursor;
    if (!cursor) return items;
  }
  throw new Error(`GET ${path}: more than 100 pages`);
}
