import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { demoUser } from '../../../shared/demo-personas';
import { de, en, type MessageKey } from '../../../web/src/lib/i18n/dictionaries';
import { baseUrl } from './browser';

/**
 * Helpers for the residents' journey: the interface's own words (from the dictionaries, so a
 * reworded label fails at compile time, not by a silent timeout), API shortcuts for set-up, and
 * the guided submission driven the way a person fills it in.
 */

export type Language = 'de' | 'en';
export type ApiPersona = { sub: string; name: string; groups?: string[] };

const dictionaries = { de, en } as const;

/** A message of the interface in `language`, with `{placeholders}` filled in. */
export function text(language: Language, key: MessageKey, params: Record<string, string> = {}) {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

export const MIA: ApiPersona = demoUser('mia');
export const ANNA: ApiPersona = demoUser('anna');
export const BEN: ApiPersona = demoUser('ben');

/** Locators and waits by the interface's own words in `language`. */
export const ui = (page: Page, language: Language) => {
  const say = (key: MessageKey, params?: Record<string, string>) => text(language, key, params);
  return {
    button: (key: MessageKey, params?: Record<string, string>) =>
      page.getByRole('button', { name: say(key, params) }),
    link: (key: MessageKey, params?: Record<string, string>) =>
      page.getByRole('link', { name: say(key, params) }),
    field: (key: MessageKey, params?: Record<string, string>) => page.getByLabel(say(key, params)),
    see: (key: MessageKey, params?: Record<string, string>) =>
      page.getByText(say(key, params)).first().waitFor(),
  };
};

/** A story as the API returns it to its author, as far as these tests look. */
export type StoredStory = {
  id: string;
  title: string;
  status: string;
  place?: { name: string; lat?: number; lng?: number; precision: string };
  period?: { from?: number; to?: number; label?: string };
  contentWarnings: string[];
  consent: { exhibition: boolean; research: boolean; license: string };
};

/** A suffix that keeps this run's titles apart from the demo content and earlier runs. */
export const run = Date.now().toString(36);

/** A token from the development issuer (DESIGN §2 Auth). */
export async function tokenFor(persona: ApiPersona): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ groups: [], ...persona }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** Calls the API as `persona` (or anonymously with `null`); throws on any non-2xx answer. */
export async function callApi<T>(
  persona: ApiPersona | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (persona) headers.authorization = `Bearer ${await tokenFor(persona)}`;
  const response = await fetch(`${baseUrl()}/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A valid story sent straight to the API, for tests that are not about the form. */
/**
 * Sends in a story through the API; it is pending. `overrides` replace fields of the plain story,
 * and `consent` overrides are merged into its consent (online only, CC BY).
 */
export const submitViaApi = (
  author: ApiPersona,
  title: string,
  overrides: Record<string, unknown> & { consent?: Record<string, unknown> } = {},
) =>
  callApi<{ id: string }>(author, 'POST', '/stories', {
    title,
    body: 'Samstags ging es mit dem Fahrrad zum Kanal, und auf dem Rückweg gab es Pommes an der Bude.',
    language: 'de',
    themes: ['everyday-life'],
    attribution: 'name',
    ...overrides,
    consent: {
      online: true,
      exhibition: false,
      research: false,
      license: 'CC-BY-4.0',
      termsVersion: '2026-11',
      ...overrides.consent,
    },
  });

export const approveViaApi = (storyId: string) =>
  callApi(MIA, 'POST', `/moderation/stories/${storyId}/decision`, { decision: 'approve' });

/** Signs in by putting a development token where the app keeps it, then opens `path`. */
export async function signInAs(page: Page, persona: ApiPersona, path = '/') {
  const token = await tokenFor(persona);
  await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('ruhr-stories.token', value), token);
  await page.goto(path);
}

/** Everything the guided form asks for; the optional parts are filled when given. */
export type StoryDraft = {
  title: string;
  body: string;
  themes: readonly string[];
  warnings?: readonly string[];
  place?: string;
  /** For a place outside the gazetteer: the town or district it lies in, as the list names it. */
  area?: string;
  precision?: 'exact' | 'neighbourhood' | 'city' | 'hidden';
  period?: { from: string; to: string; label: string };
  anonymous?: boolean;
  exhibition?: boolean;
  research?: boolean;
  license?: 'CC-BY-4.0' | 'CC-BY-SA-4.0' | 'CC0-1.0' | 'all-rights-reserved';
};

/**
 * Fills the guided submission from the first step to the preview, checking that each step's
 * heading takes focus; `atStep` runs on each step once it is filled (e.g. for axe).
 */
export async function fillGuidedSubmission(
  page: Page,
  language: Language,
  draft: StoryDraft,
  atStep: (step: number) => Promise<void> = async () => {},
) {
  const next = () =>
    page.getByRole('button', { name: text(language, 'submit.steps.next') }).click();
  // Each step change moves focus to the new step's heading ("Step 2 of 6: …").
  const expectStepFocused = (step: number) =>
    expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain(text(language, 'submit.steps.counter', { current: `${step}`, total: '6' }));

  await page.locator('#field-title').fill(draft.title);
  await page.locator('#field-body').fill(draft.body);
  await atStep(1);
  await next();

  await expectStepFocused(2);
  for (const theme of draft.themes)
    await page.locator(`input[name=themes][value="${theme}"]`).check();
  for (const warning of draft.warnings ?? [])
    await page.locator(`input[name=contentWarnings][value="${warning}"]`).check();
  await atStep(2);
  await next();

  await expectStepFocused(3);
  if (draft.place) {
    await page.locator('#field-place-name').fill(draft.place);
    if (draft.area) await page.locator('#field-place-area').selectOption({ label: draft.area });
    await page
      .locator(`input[name=precision][value="${draft.precision ?? 'neighbourhood'}"]`)
      .check();
  }
  if (draft.period) {
    await page.locator('#field-period-from').fill(draft.period.from);
    await page.locator('#field-period-to').fill(draft.period.to);
    await page.locator('#field-period-label').fill(draft.period.label);
  }
  await atStep(3);
  await next();

  // Photos and voice are optional: `atStep(4)` adds them where a test wants them.
  await expectStepFocused(4);
  await atStep(4);
  await next();

  await expectStepFocused(5);
  if (draft.anonymous) await page.locator('input[name=attribution][value=anonymous]').check();
  await page.locator('#field-consent-online').check();
  if (draft.exhibition) await page.locator('#field-consent-exhibition').check();
  if (draft.research) await page.locator('#field-consent-research').check();
  await page.locator(`input[name=license][value="${draft.license ?? 'CC-BY-4.0'}"]`).check();
  await atStep(5);
  await next();

  await expectStepFocused(6);
  await page.locator('#preview-title', { hasText: draft.title }).waitFor();
  await atStep(6);
}

/** Sends the story from the preview and waits for the "what happens next" confirmation. */
export async function sendFromPreview(page: Page, language: Language) {
  await page.getByRole('button', { name: text(language, 'submit.button') }).click();
  await page.getByRole('heading', { name: text(language, 'submit.success.heading') }).waitFor();
}

/**
 * Approves a story the way a moderator does today, in German: the queue links it by its title,
 * its page has the decision form. The moderation workspace owns these names; whoever renames
 * them updates this helper.
 */
export async function approveInModeration(page: Page, title: string) {
  await page.goto('/moderation');
  // The queue is oldest first: with many stories waiting, a new one is on a later page.
  const link = page.getByRole('link', { name: title }).first();
  const more = page.getByRole('button', { name: text('de', 'mod.queue.loadMore') });
  await link.or(more).first().waitFor({ timeout: 30_000 });
  for (let pages = 0; !(await link.isVisible()) && pages < 20; pages++) {
    await more.click();
    // The button is disabled while the page loads; the link shows once its page is in.
    await more.and(page.locator(':enabled')).or(link).first().waitFor();
  }
  await link.click();
  await page.getByRole('radio', { name: text('de', 'mod.decide.approve') }).check();
  await page.getByRole('button', { name: text('de', 'mod.decision.submit') }).click();
  await expect.poll(() => isPublic(title), { timeout: 10_000 }).toBe(true);
}

/** Whether the public feed lists a story with this title. */
export async function isPublic(title: string): Promise<boolean> {
  const page = await callApi<{ items: { title: string }[] }>(null, 'GET', '/stories?limit=50');
  return page.items.some((story) => story.title === title);
}
