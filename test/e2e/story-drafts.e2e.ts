import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUser } from '../../shared/demo-personas';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import { focused } from './support/keyboard';
import {
  BEN,
  fillGuidedSubmission,
  run,
  sendFromPreview,
  signInAs,
  submitViaApi,
  text,
  ui,
  type Language,
} from './support/residents';

// Their own author, so the hourly limit on new stories is not shared with other browser tests.
const AUTHOR = demoUser('heinz');

/**
 * Drafts of the story form (issue 10, item 13): what a person writes survives a reload or a
 * closed tab, comes back only when they choose it, goes once the story is sent, and leaving a
 * half-filled form asks first, while leaving an untouched one never does.
 */

/** The draft keys this browser holds for a person (see web/src/lib/story-form/draft-storage.ts). */
const draftKeys = (page: Page, sub: string) =>
  page.evaluate(
    (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)),
    `ruhr-stories.draft.${sub}.`,
  );

/** Types into a field the way a person does: a tap first (which also counts as interaction). */
async function typeInto(page: Page, selector: string, value: string) {
  // The first page of a run may still be loading its scripts: type into the live form only.
  await page.waitForLoadState('networkidle');
  await page.locator(selector).click();
  await page.locator(selector).fill(value);
}

const offer = (page: Page) => page.locator('#draft-offer');

/** A fresh browser signed in as the author, on the home page. */
async function openAs(browser: Browser, language: Language) {
  const opened = await openPage(browser, { language });
  await signInAs(opened.page, AUTHOR, '/');
  return opened;
}

describe('drafts of a story', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a draft through a reload and offers it back, to its author only', async () => {
    const { context, page } = await openAs(browser, 'de');
    const de = ui(page, 'de');
    await page.goto('/submit');
    const title = `Der Konsum an der Ecke ${run}`;
    await typeInto(page, '#field-title', title);
    await typeInto(page, '#field-body', 'Beim Konsum gab es Bonbons aus dem großen Glas.');
    await expect.poll(() => draftKeys(page, AUTHOR.sub)).toHaveLength(1);

    // A reload of a half-filled form asks first, in the browser's own words.
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);

    // The draft is offered, not silently restored.
    await offer(page).waitFor();
    expect(await offer(page).textContent()).toMatch(/^Sie haben einen Entwurf vom \d/);
    expect(await page.locator('#field-title').inputValue()).toBe('');
    await expectNoAxeViolations(page);
    await de.button('draft.resume').click();
    await de.see('draft.resumed');
    expect(await page.locator('#field-title').inputValue()).toBe(title);
    expect(await page.locator('#field-body').inputValue()).toContain('Bonbons');
    await context.close();

    // Someone else on the same computer gets an empty form, and Anna's draft stays hers.
    const shared = await openAs(browser, 'de');
    await shared.page.goto('/submit');
    await typeInto(shared.page, '#field-title', title);
    await expect.poll(() => draftKeys(shared.page, AUTHOR.sub)).toHaveLength(1);
    shared.page.on('dialog', (dialog) => void dialog.accept());
    await signInAs(shared.page, BEN, '/submit');
    await shared.page.locator('#field-title').waitFor();
    await shared.page.waitForLoadState('networkidle');
    expect(await offer(shared.page).count()).toBe(0);
    expect(await shared.page.locator('#field-title').inputValue()).toBe('');
    expect(await draftKeys(shared.page, AUTHOR.sub)).toHaveLength(1);
    await shared.context.close();
  });

  it('discards a draft when asked, and it does not come back', async () => {
    const { context, page } = await openAs(browser, 'en');
    const en = ui(page, 'en');
    await page.goto('/submit');
    await typeInto(page, '#field-title', `The allotment ${run}`);
    await expect.poll(() => draftKeys(page, AUTHOR.sub)).toHaveLength(1);
    await page.goto('about:blank');

    await page.goto('/submit');
    await offer(page).waitFor();
    expect(await offer(page).textContent()).toMatch(/^You have a draft from \d/);
    await en.button('draft.discard').click();
    await en.see('draft.discarded');
    expect(await focused(page)).toMatchObject({ label: text('en', 'draft.discarded') });
    expect(await page.locator('#field-title').inputValue()).toBe('');
    expect(await draftKeys(page, AUTHOR.sub)).toEqual([]);
    await page.reload();
    await page.locator('#field-title').waitFor();
    expect(await offer(page).count()).toBe(0);
    await context.close();
  });

  it('removes the draft once the story is sent, and then lets the author go', async () => {
    const { context, page } = await openAs(browser, 'de');
    await page.goto('/submit');
    await page.locator('#field-title').click();
    await fillGuidedSubmission(page, 'de', {
      title: `Pfingsten im Stadtgarten ${run}`,
      body: 'Zu Pfingsten spielte die Bergmannskapelle im Stadtgarten, und alle kamen.',
      themes: ['everyday-life'],
    });
    await expect.poll(() => draftKeys(page, AUTHOR.sub)).toHaveLength(1);
    await sendFromPreview(page, 'de');
    expect(await draftKeys(page, AUTHOR.sub)).toEqual([]);

    await page.locator('a.brand').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/submit');
    await page.locator('#field-title').waitFor();
    expect(await offer(page).count()).toBe(0);
    await context.close();
  });

  it('asks before a half-filled form is left; staying keeps the text', async () => {
    const { context, page } = await openAs(browser, 'de');
    const de = ui(page, 'de');
    await page.goto('/submit');
    const title = `Die Taubenschläge ${run}`;
    await typeInto(page, '#field-title', title);

    await page.locator('a.brand').click();
    const dialog = page.getByRole('dialog', { name: text('de', 'leave.title') });
    await dialog.waitFor();
    // The safe choice has focus: a hurried Enter keeps the text.
    expect((await focused(page)).label).toBe(text('de', 'leave.stay'));
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: text('de', 'leave.stay') }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/submit');
    expect(await page.locator('#field-title').inputValue()).toBe(title);

    await page.locator('a.brand').click();
    await dialog.getByRole('button', { name: text('de', 'leave.go') }).click();
    await page.waitForURL((url) => url.pathname === '/');
    // Left, but not lost: the draft waits.
    await page.goto('/submit');
    await offer(page).waitFor();
    await de.button('draft.discard').click();
    await context.close();
  });

  it('never asks when the form is untouched', async () => {
    const { context, page } = await openAs(browser, 'de');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.goto('/submit');
    await page.locator('#field-title').click();
    await page.reload();
    await page.locator('#field-title').click();
    await page.locator('a.brand').click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(dialogs).toEqual([]);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await draftKeys(page, AUTHOR.sub)).toEqual([]);
    await context.close();
  });

  it('keeps a draft of an edit, per story', async () => {
    const story = await submitViaApi(AUTHOR, `Das Büdchen ${run}`);
    const { context, page } = await openAs(browser, 'de');
    const de = ui(page, 'de');
    await page.goto(`/me/stories/${story.id}/edit`);
    await typeInto(page, '#field-title', `Das Büdchen am Markt ${run}`);
    await expect
      .poll(() => draftKeys(page, AUTHOR.sub))
      .toEqual([`ruhr-stories.draft.${AUTHOR.sub}.edit.${story.id}`]);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await offer(page).waitFor();
    expect(await page.locator('#field-title').inputValue()).toBe(`Das Büdchen ${run}`);
    await de.button('draft.resume').click();
    expect(await page.locator('#field-title').inputValue()).toBe(`Das Büdchen am Markt ${run}`);
    await de.button('edit.save').click();
    await page.getByRole('heading', { name: text('de', 'edit.done.heading') }).waitFor();
    expect(await draftKeys(page, AUTHOR.sub)).toEqual([]);
    await context.close();
  });
});
