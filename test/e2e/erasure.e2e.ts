import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, openPage } from './support/browser';
import {
  atProvider,
  createAccount,
  PERSONA_PASSWORD,
  signInWithPassword,
  toProviderSignIn,
} from './support/accounts';
import { run, text, ui } from './support/residents';

/**
 * "Konto löschen" (DESIGN §7, GDPR Art. 17) through the web app: a new person chooses what
 * becomes of their contributions, confirms in a dialog, ends signed out on a last message, and
 * the provider no longer knows them.
 */

let browser: Browser;

/** Only when ERASURE_SHOTS names a folder (outside the repository): pictures to look at. */
async function shot(page: Page, name: string) {
  const folder = process.env.ERASURE_SHOTS;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('deleting my account', () => {
  it('erases the account after a confirmation, signs out and refuses the next sign-in', async () => {
    const { page, context } = await openPage(browser);
    const email = `loeschen-${run}@example.org`;
    await createAccount(email, PERSONA_PASSWORD);
    await signInWithPassword(page, email, PERSONA_PASSWORD, '/me/data');
    // A new person chooses a display name first; then back to "Meine Daten".
    await page.getByLabel(text('de', 'welcome.field')).fill(`Abschied ${run}`);
    await ui(page, 'de').button('welcome.submit').click();
    // A story begun and kept as a draft in this browser: it must not outlive the account.
    const drafts = () =>
      page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('ruhr-stories.draft.')),
      );
    await page.goto('/submit');
    await page.locator('#field-title').fill('Mein Entwurf über die Zeche');
    await expect.poll(drafts).toHaveLength(1);
    await page.goto('/me/data');
    await page.getByRole('heading', { level: 2, name: text('de', 'erasure.heading') }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'de-1280-section');
    if (process.env.ERASURE_SHOTS) {
      await page.setViewportSize({ width: 390, height: 844 });
      await shot(page, 'de-390-section');
      await page.setViewportSize({ width: 1280, height: 800 });
    }

    // Without a choice the form says what is missing.
    await ui(page, 'de').button('erasure.start').click();
    await ui(page, 'de').see('erasure.choice.missing');
    await page.getByRole('radio', { name: text('de', 'erasure.choice.delete') }).check();
    await ui(page, 'de').button('erasure.start').click();
    const dialog = page.getByRole('dialog', { name: text('de', 'erasure.confirm.title') });
    await dialog.waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'de-1280-confirm');
    // Cancelling changes nothing; the keyboard reaches the confirmation.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await ui(page, 'de').button('erasure.start').click();
    await dialog.getByRole('button', { name: text('de', 'erasure.confirm.yes') }).focus();
    await page.keyboard.press('Enter');

    await page.waitForURL((url) => url.pathname === '/me/deleted');
    await page
      .getByRole('heading', { level: 1, name: text('de', 'erasure.done.heading') })
      .waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'de-1280-done');
    expect(await drafts()).toEqual([]);
    await page
      .getByRole('link', { name: text('de', 'nav.signIn') })
      .first()
      .waitFor();

    // The provider no longer knows the address.
    await toProviderSignIn(page, '/');
    await page.locator('input[autocomplete=username]').fill(email);
    await page.locator('input[autocomplete=current-password]').fill(PERSONA_PASSWORD);
    await page.locator('button[name=action][value=password]').click();
    await atProvider(page);
    await page.locator('input[autocomplete=current-password]').waitFor();
    await context.close();
  });

  it('explains both choices in English on a phone, with no axe findings (nothing is erased)', async () => {
    const { page, context } = await openPage(browser, { language: 'en', as: 'anna' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/me/data');
    await page.getByRole('heading', { level: 2, name: text('en', 'erasure.heading') }).waitFor();
    await ui(page, 'en').see('erasure.choice.anonymise.explanation');
    await expectNoAxeViolations(page);
    await shot(page, 'en-390-section');
    await page.getByRole('radio', { name: text('en', 'erasure.choice.anonymise') }).click();
    await ui(page, 'en').button('erasure.start').click();
    const dialog = page.getByRole('dialog', { name: text('en', 'erasure.confirm.title') });
    await dialog.getByText(text('en', 'erasure.confirm.anonymise')).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, 'en-390-confirm');
    if (process.env.ERASURE_SHOTS) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await shot(page, 'en-1280-confirm');
    }
    await dialog.getByRole('button', { name: text('en', 'erasure.confirm.no') }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await ui(page, 'en').button('erasure.start').waitFor();
    await context.close();
  });
});
